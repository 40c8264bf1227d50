package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/**
 * An area as the API lists it; the boundary itself comes as GeoJSON ({@code /areas.geojson}) or
 * vector tiles.
 *
 * @param cityCode the municipality's 全国地方公共団体コード, when the area lies in one
 * @param approximate derived by Deban (e.g. 町丁目 as Voronoi cells of their points), not drawn by the city
 * @param representativePoint a point surely inside the area: labels, area-only places, reach
 * @param bbox {@code [west, south, east, north]} in degrees
 */
@Serdeable
public record AreaResponse(
        long id,
        String layer,
        String layerName,
        AreaLayerKind kind,
        String code,
        String name,
        @Nullable String cityCode,
        boolean approximate,
        Location representativePoint,
        List<Double> bbox) {}
