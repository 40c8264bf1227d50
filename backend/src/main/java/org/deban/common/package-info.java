@NullMarked
package org.deban.common;

import org.jspecify.annotations.NullMarked;
