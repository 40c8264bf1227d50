@NullMarked
package org.deban;

import org.jspecify.annotations.NullMarked;
