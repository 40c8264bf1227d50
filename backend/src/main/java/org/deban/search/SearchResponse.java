package org.deban.search;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits in the list shape of the contracts, with facet counts over all matches.
 *
 * @param facets per facet ({@code kind}, {@code area}, {@code weekday}, {@code tag}) the values
 *     with their counts, most frequent first
 */
@Serdeable
public record SearchResponse(List<Hit> items, long total, int page, int size, Map<String, List<FacetValue>> facets) {

    /**
     * One offer or place found.
     *
     * @param location where it may be shown: for a sensitive place its 地区's representative point
     * @param distanceKm straight line from the search point; null without a point and for sensitive places
     * @param nextDates the next occurrences, e.g. {@code 2026-12-03 10:00-12:00}
     * @param snippet a passage of its text with the matched words in 【】
     */
    @Serdeable
    public record Hit(
            String type,
            @Nullable Long offerId,
            long placeId,
            String title,
            String placeName,
            String kind,
            @Nullable String offerType,
            @Nullable String mode,
            String status,
            boolean areaOnly,
            @Nullable Location location,
            @Nullable Double distanceKm,
            List<String> nextDates,
            String snippet,
            float score) {}

    @Serdeable
    public record FacetValue(String value, long count) {}
}
