package org.deban.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deban.accounts.Caller;
import org.deban.catalogue.offer.OfferMode;
import org.deban.catalogue.offer.OfferType;
import org.deban.catalogue.place.PlaceKind;
import org.deban.catalogue.place.PlaceService.Viewer;
import org.deban.common.FieldError;
import org.deban.common.PageRequest;
import org.deban.common.RequestValidator;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

@Tag(name = "search")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/search")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {
    static final double DEFAULT_RADIUS_KM = 5;
    static final double MAX_RADIUS_KM = 100;
    private static final Set<String> DAYS = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final SearchService search;
    private final SensitivePoints sensitivePoints;

    SearchController(SearchService search, SensitivePoints sensitivePoints) {
        this.search = search;
        this.sensitivePoints = sensitivePoints;
    }

    /**
     * Places and offers by free text ({@code q}, Japanese as people type it; never parsed as query
     * syntax), place ({@code lat}+{@code lon} with {@code radiusKm}, default 5; or {@code areaId}),
     * time ({@code weekday}=MON…SUN, repeatable or comma-separated; {@code timeOfDay}=MORNING,
     * AFTERNOON or EVENING, or {@code from}/{@code to} as HH:mm — occurrences must lie inside),
     * {@code kind}, {@code type}, {@code mode}, {@code roleLevel}, {@code tag} (all given must
     * apply), {@code age}, {@code accessible} (step-free only), {@code maxCostYen} (offers costing at most that
     * many yen; 0 = 無料; places themselves have no cost and are left out), {@code includePaused}; sorted by
     * {@code sort}=RELEVANCE (default), DISTANCE or NEXT_DATE. Answers a page with facet counts of
     * kind, area, weekday and tag over all matches. A sensitive place is at its 地区's representative point, with no
     * distance, except for administrators, CSWs and its own organisation, who get its real point.
     */
    @Get
    SearchResponse search(
            @Nullable Authentication authentication,
            @QueryValue @Nullable String q,
            @QueryValue @Nullable Double lat,
            @QueryValue @Nullable Double lon,
            @QueryValue @Nullable Double radiusKm,
            @QueryValue @Nullable Long areaId,
            @QueryValue @Nullable List<String> weekday,
            @QueryValue @Nullable String timeOfDay,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable List<String> kind,
            @QueryValue @Nullable List<String> type,
            @QueryValue @Nullable String mode,
            @QueryValue @Nullable Integer roleLevel,
            @QueryValue @Nullable List<String> tag,
            @QueryValue @Nullable Integer age,
            @QueryValue @Nullable Boolean accessible,
            @QueryValue @Nullable Integer maxCostYen,
            @QueryValue @Nullable Boolean includePaused,
            @QueryValue @Nullable String sort,
            @QueryValue @Nullable Integer page,
            @QueryValue @Nullable Integer size) {
        List<FieldError> errors = new ArrayList<>();
        GeoPoint near = point(lat, lon, errors);
        double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
        if (radiusKm != null && (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM)) {
            errors.add(new FieldError("radiusKm", "OUT_OF_RANGE", "半径は 0〜" + (int) MAX_RADIUS_KM + " km で指定してください"));
        }
        List<String> days = upper(weekday);
        days.stream()
                .filter(d -> !DAYS.contains(d))
                .findFirst()
                .ifPresent(d -> errors.add(new FieldError("weekday", "INVALID_FORMAT", "曜日は MON〜SUN で指定してください")));
        LocalTime start = time("from", from, errors);
        LocalTime end = time("to", to, errors);
        if (timeOfDay != null) {
            SearchRequest.TimeOfDay part = value(SearchRequest.TimeOfDay.class, "timeOfDay", timeOfDay, errors);
            if (part != null && start == null && end == null) {
                start = part.from;
                end = part.to;
            }
        }
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("to", "OUT_OF_RANGE", "終わりの時刻は始まりより後にしてください"));
        }
        List<String> kinds = upper(kind);
        kinds.forEach(k -> value(PlaceKind.class, "kind", k, errors));
        List<String> types = upper(type);
        types.forEach(t -> value(OfferType.class, "type", t, errors));
        if (mode != null) value(OfferMode.class, "mode", mode, errors);
        SearchRequest.Sort order =
                sort == null ? SearchRequest.Sort.RELEVANCE : value(SearchRequest.Sort.class, "sort", sort, errors);
        if (order == SearchRequest.Sort.DISTANCE && near == null) {
            errors.add(new FieldError("sort", "REQUIRED", "距離順には地点 (lat, lon) が必要です"));
        }
        if (roleLevel != null && (roleLevel < 1 || roleLevel > 3)) {
            errors.add(new FieldError("roleLevel", "OUT_OF_RANGE", "役割の段階は 1〜3 です"));
        }
        if (maxCostYen != null && maxCostYen < 0) {
            errors.add(new FieldError("maxCostYen", "OUT_OF_RANGE", "参加費の上限は 0 円以上で指定してください"));
        }
        if (age != null && (age < 0 || age > 120)) errors.add(new FieldError("age", "OUT_OF_RANGE", "年齢は 0〜120 です"));
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? PageRequest.DEFAULT_SIZE : size;
        if (pageNumber < 0) errors.add(new FieldError("page", "OUT_OF_RANGE", "page は 0 以上です"));
        if (pageSize < 1 || pageSize > 1000) errors.add(new FieldError("size", "OUT_OF_RANGE", "size は 1〜1000 です"));
        if (pageNumber > 100) errors.add(new FieldError("page", "OUT_OF_RANGE", "100 ページより先は条件を絞ってください"));
        RequestValidator.throwIfAny(errors);
        SearchResponse found = search.search(new SearchRequest(
                q,
                near,
                radius,
                areaId,
                days,
                start,
                end,
                kinds,
                types,
                mode == null ? null : mode.toUpperCase(Locale.ROOT),
                roleLevel,
                tag == null ? List.of() : split(tag),
                age,
                Boolean.TRUE.equals(accessible),
                maxCostYen,
                Boolean.TRUE.equals(includePaused),
                order,
                pageNumber,
                pageSize));
        return sensitivePoints.forViewer(found, Viewer.of(Caller.of(authentication)), near);
    }

    private static @Nullable GeoPoint point(@Nullable Double lat, @Nullable Double lon, List<FieldError> errors) {
        if (lat == null && lon == null) return null;
        if (lat == null || lon == null) {
            errors.add(new FieldError(lat == null ? "lat" : "lon", "REQUIRED", "緯度 (lat) と経度 (lon) は両方を指定してください"));
            return null;
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            errors.add(new FieldError("lat", "OUT_OF_RANGE", "緯度は -90〜90、経度は -180〜180 で指定してください"));
            return null;
        }
        return GeoPoint.of(lat, lon);
    }

    private static @Nullable LocalTime time(String field, @Nullable String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) return null;
        if (text.equals("24:00")) return LocalTime.MAX;
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "INVALID_FORMAT", "時刻は HH:mm（例 17:00）で指定してください"));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E value(
            Class<E> type, String field, String text, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    field, "INVALID_FORMAT", field + " は " + Arrays.toString(type.getEnumConstants()) + " のいずれかです"));
            return null;
        }
    }

    private static List<String> upper(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : split(values).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    private static List<String> split(List<String> values) {
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
