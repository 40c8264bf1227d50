/** The catalogue of organisations, places and offers: what a person can join, where and when. */
@NullMarked
package org.deban.catalogue;

import org.jspecify.annotations.NullMarked;
