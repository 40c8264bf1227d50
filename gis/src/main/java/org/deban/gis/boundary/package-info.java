/**
 * Reading boundary files (GeoJSON, TopoJSON) into features for import, and reading a code and a
 * name from their properties in the layouts of 国土数値情報 (N03 行政区域, A27 小学校区, A32 中学校区).
 */
@NullMarked
package org.deban.gis.boundary;

import org.jspecify.annotations.NullMarked;
