@NullMarked
package org.deban.catalogue.organization;

import org.jspecify.annotations.NullMarked;
