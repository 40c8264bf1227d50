package org.deban.search;

import java.time.LocalTime;
import java.util.List;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What a search asks, already checked: free text, where (near a point within a radius, or in an
 * area), when (weekdays and a window of the day), what (kinds, types, mode, role level, tags, age,
 * step-free, cost), and how to order.
 *
 * @param from start of the window of the day (inclusive); with {@code to}, occurrences must lie inside
 * @param to end of the window of the day; {@link LocalTime#MAX} stands for 24:00
 * @param maxCostYen offers costing at most this many yen (0 = 無料 only); places, which have no cost, are left out
 */
public record SearchRequest(
        @Nullable String text,
        @Nullable GeoPoint near,
        double radiusKm,
        @Nullable Long areaId,
        List<String> weekdays,
        @Nullable LocalTime from,
        @Nullable LocalTime to,
        List<String> kinds,
        List<String> types,
        @Nullable String mode,
        @Nullable Integer roleLevel,
        List<String> tags,
        @Nullable Integer age,
        boolean accessibleOnly,
        @Nullable Integer maxCostYen,
        boolean includePaused,
        Sort sort,
        int page,
        int size) {

    public enum Sort {
        RELEVANCE,
        DISTANCE,
        NEXT_DATE
    }

    /** Parts of the day as people say them: 午前, 午後, 夕方以降. */
    public enum TimeOfDay {
        MORNING(LocalTime.of(5, 0), LocalTime.NOON),
        AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
        EVENING(LocalTime.of(17, 0), LocalTime.MAX);

        final LocalTime from;
        final LocalTime to;

        TimeOfDay(LocalTime from, LocalTime to) {
            this.from = from;
            this.to = to;
        }
    }
}
