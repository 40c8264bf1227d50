/** The demo city (稲沢市): invented organisations, places and offers on real streets, loaded once. */
@NullMarked
package org.deban.demo;

import org.jspecify.annotations.NullMarked;
