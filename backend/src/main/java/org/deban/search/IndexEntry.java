package org.deban.search;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * One document of the index as read from PostgreSQL, before it becomes Lucene fields: an offer
 * (with its place's fields) or a place.
 *
 * @param bodyText what was written for this document (descriptions, strengths wanted); the words of its kind and
 *     tags are matched by {@link SearchVocabulary}
 * @param location where the public may see it (a sensitive place's 地区 point); null if nowhere
 * @param areas the areas it may be found by (for a sensitive place none finer than its 地区)
 * @param costYen what taking part costs (0 = free); null for a place, which has no cost of its own
 * @param slots the coming occurrences, not cancelled, in date order
 */
record IndexEntry(
        String docType,
        @Nullable Long offerId,
        long placeId,
        long organizationId,
        String title,
        String placeName,
        String nameText,
        String bodyText,
        @Nullable GeoPoint location,
        boolean areaOnly,
        List<Long> areas,
        String kind,
        @Nullable String type,
        @Nullable String mode,
        String status,
        List<Integer> roleLevels,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        List<String> tags,
        List<String> access,
        @Nullable Integer costYen,
        List<Slot> slots) {

    static final String OFFER = "OFFER";
    static final String PLACE = "PLACE";

    /** One occurrence: a date with its start and end. */
    record Slot(LocalDate date, LocalTime start, LocalTime end) {
        @Override
        public String toString() {
            return date + " " + start + "-" + end;
        }
    }

    String key() {
        return offerId == null ? "place:" + placeId : "offer:" + offerId;
    }
}
