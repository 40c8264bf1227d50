@NullMarked
package org.deban.catalogue.place;

import org.jspecify.annotations.NullMarked;
