@NullMarked
package org.deban.catalogue.offer;

import org.jspecify.annotations.NullMarked;
