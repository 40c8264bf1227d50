package org.deban.areas;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

@Tag(name = "areas")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class AreaController {
    static final String GEOJSON = "application/geo+json";

    private final AreaService service;

    AreaController(AreaService service) {
        this.service = service;
    }

    /**
     * Areas by layer ({@code municipality}, {@code district}, {@code chome} …), municipality
     * ({@code cityCode}), the point they contain ({@code lat} and {@code lon}: "which 地区 is
     * this in?") and the area they lie in ({@code within}, an area id: "the 町丁目 of this 地区", by
     * representative point); coarse layers first.
     */
    @Get("/areas")
    PageResponse<AreaResponse> list(
            @Valid @RequestBean PageRequest paging,
            @QueryValue @Nullable String layer,
            @QueryValue @Nullable String cityCode,
            @QueryValue @Nullable Double lat,
            @QueryValue @Nullable Double lon,
            @QueryValue @Nullable Long within) {
        return service.list(filter(layer, cityCode, lat, lon, within), paging);
    }

    /** The layers this installation has, with how many areas each holds. */
    @Get("/areas/layers")
    PageResponse<AreaLayerResponse> layers(@Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(service.layers(), paging);
    }

    @Get("/areas/{id}")
    AreaResponse get(long id) {
        return service.get(id);
    }

    /** The same selection as {@code /areas} as a GeoJSON FeatureCollection, for small extracts. */
    @Get(
            value = "/areas.geojson",
            produces = {GEOJSON, MediaType.APPLICATION_JSON})
    HttpResponse<String> geoJson(
            @QueryValue @Nullable String layer,
            @QueryValue @Nullable String cityCode,
            @QueryValue @Nullable Double lat,
            @QueryValue @Nullable Double lon,
            @QueryValue @Nullable Long within) {
        return HttpResponse.ok(service.geoJson(filter(layer, cityCode, lat, lon, within)))
                .contentType(GEOJSON);
    }

    static @Nullable GeoPoint point(@Nullable Double lat, @Nullable Double lon) {
        if (lat == null && lon == null) return null;
        if (lat == null || lon == null) {
            RequestValidator.throwIfAny(List.of(
                    new FieldError(lat == null ? "lat" : "lon", "REQUIRED", "緯度 (lat) と経度 (lon) は両方を指定してください")));
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            RequestValidator.throwIfAny(
                    List.of(new FieldError("lat", "OUT_OF_RANGE", "緯度は -90〜90、経度は -180〜180 で指定してください")));
        }
        return GeoPoint.of(lat, lon);
    }

    private static AreaService.Filter filter(
            @Nullable String layer,
            @Nullable String cityCode,
            @Nullable Double lat,
            @Nullable Double lon,
            @Nullable Long within) {
        return new AreaService.Filter(layer, cityCode, point(lat, lon), within);
    }
}
