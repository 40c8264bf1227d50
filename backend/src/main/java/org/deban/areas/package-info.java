/**
 * Area layers (市区町村, 圏域, 地区, 小学校区・中学校区, 町丁目): importing them, assigning places to
 * them, listing them, map tiles of areas and places, reach estimates and offline geocoding. The
 * geography itself lives in the {@code gis} module; this package applies it with PostGIS.
 */
@NullMarked
package org.deban.areas;

import org.jspecify.annotations.NullMarked;
