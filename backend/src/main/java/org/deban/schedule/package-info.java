@NullMarked
package org.deban.schedule;

import org.jspecify.annotations.NullMarked;
