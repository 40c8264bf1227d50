/** Reach estimates ("徒歩15分") without a road network: straight-line distance × detour ÷ speed. */
@NullMarked
package org.deban.gis.travel;

import org.jspecify.annotations.NullMarked;
