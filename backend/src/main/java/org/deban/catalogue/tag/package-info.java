@NullMarked
package org.deban.catalogue.tag;

import org.jspecify.annotations.NullMarked;
