package org.deban.areas;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.deban.catalogue.Location;
import org.deban.catalogue.place.PlaceResponse;
import org.deban.catalogue.place.PlaceService;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.gis.GeoPoint;
import org.deban.gis.travel.TravelMode;
import org.jspecify.annotations.Nullable;

/**
 * Reach: "徒歩15分". The start is a chosen point ({@code lat}, {@code lon}) or an area's
 * representative point ({@code areaId}, e.g. the person's 町丁目, when the exact home must not be used).
 */
@Tag(name = "reach")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/reach")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReachController {
    static final int MAX_MINUTES = 180;

    /** From where to which place, by every mode; empty for a place published at area level only. */
    @Serdeable
    record ReachResponse(Location from, long placeId, boolean areaOnly, List<TravelResponse> estimates) {}

    private final ReachService reach;
    private final AreaService areas;
    private final PlaceService places;

    ReachController(ReachService reach, AreaService areas, PlaceService places) {
        this.reach = reach;
        this.areas = areas;
        this.places = places;
    }

    /** Travel estimates to one place by walking, bicycle, bus and car. */
    @Get
    ReachResponse toPlace(
            @QueryValue long placeId,
            @QueryValue @Nullable Double lat,
            @QueryValue @Nullable Double lon,
            @QueryValue @Nullable Long areaId) {
        GeoPoint from = start(lat, lon, areaId);
        PlaceResponse place = places.get(placeId, PlaceService.Viewer.PUBLIC);
        if (place.location() == null) {
            return new ReachResponse(Location.of(from), placeId, true, List.of());
        }
        GeoPoint to = place.location().toGeoPoint();
        List<TravelResponse> estimates = Arrays.stream(TravelMode.values())
                .map(mode -> TravelResponse.of(reach.estimate(from, to, mode)))
                .toList();
        return new ReachResponse(Location.of(from), placeId, false, estimates);
    }

    /** Places within {@code minutes} by {@code mode} (default 徒歩), nearest first. */
    @Get("/places")
    PageResponse<ReachService.ReachablePlace> reachable(
            @Valid @RequestBean PageRequest paging,
            @QueryValue @Nullable Double lat,
            @QueryValue @Nullable Double lon,
            @QueryValue @Nullable Long areaId,
            @QueryValue @Nullable TravelMode mode,
            @QueryValue int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            RequestValidator.throwIfAny(
                    List.of(new FieldError("minutes", "OUT_OF_RANGE", "時間は 1〜" + MAX_MINUTES + " 分で指定してください")));
        }
        return reach.reachable(start(lat, lon, areaId), mode == null ? TravelMode.WALK : mode, minutes, paging);
    }

    private GeoPoint start(@Nullable Double lat, @Nullable Double lon, @Nullable Long areaId) {
        GeoPoint point = AreaController.point(lat, lon);
        if (point != null && areaId != null) {
            RequestValidator.throwIfAny(List.of(
                    new FieldError("areaId", "INVALID_FORMAT", "出発点は地点 (lat, lon) か区域 (areaId) のどちらか一方で指定してください")));
        }
        if (point != null) return point;
        if (areaId != null) return areas.get(areaId).representativePoint().toGeoPoint();
        RequestValidator.throwIfAny(
                List.of(new FieldError("lat", "REQUIRED", "出発点を地点 (lat, lon) か区域 (areaId) で指定してください")));
        throw new IllegalStateException("unreachable");
    }
}
