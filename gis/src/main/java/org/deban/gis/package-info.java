/** Pure-Java geography for Deban: points, distances, area layers and travel estimates. */
@NullMarked
package org.deban.gis;

import org.jspecify.annotations.NullMarked;
