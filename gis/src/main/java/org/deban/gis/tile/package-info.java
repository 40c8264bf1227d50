/** Web-map tile maths (z/x/y in the Web Mercator scheme used by OSM, MapLibre and 地理院タイル). */
@NullMarked
package org.deban.gis.tile;

import org.jspecify.annotations.NullMarked;
