package org.deban.areas;

import org.jspecify.annotations.Nullable;

/**
 * One feature to import into a layer. Several inputs with the same code become one area (an island
 * drawn as a separate feature, say).
 *
 * @param index position in the source file, for the per-feature report
 * @param geometryJson a GeoJSON geometry in WGS84, {@code [lon, lat]}
 * @param propertiesJson the feature's properties as a JSON object, kept with the area
 */
public record AreaInput(
        int index,
        @Nullable String code,
        @Nullable String name,
        @Nullable String cityCode,
        String propertiesJson,
        @Nullable String geometryJson) {}
