package org.deban.gis.boundary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One feature of a boundary file, ready for import.
 *
 * @param index the 0-based position of the feature in the file, so an importer can say "feature 12
 *     has no geometry". In TopoJSON it counts the decoded features across all decoded objects, in
 *     file order, after flattening geometry collections.
 * @param properties the feature's properties as read (JSON numbers stay numbers, JSON null stays
 *     null); never null itself, empty when the file has none
 * @param geometryJson a GeoJSON geometry object as JSON text (longitude first), ready for PostGIS
 *     {@code ST_GeomFromGeoJSON}; null when the feature has no geometry, so the importer can report
 *     it rather than lose it. Its type is what the file holds (Polygon, MultiPolygon,
 *     GeometryCollection, but also LineString or Point); rejecting non-polygons is the importer's
 *     decision.
 */
public record BoundaryFeature(
        int index,
        Map<String, @Nullable Object> properties,
        @Nullable String geometryJson) {

    public BoundaryFeature {
        // Map.copyOf refuses null values, and N03 files are full of them (N03_002 is often null).
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
