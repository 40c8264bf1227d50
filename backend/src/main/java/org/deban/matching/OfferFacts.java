package org.deban.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/** What matching checks of an offer, read from the database (the source of truth), with its coming sessions. */
public record OfferFacts(
        long offerId,
        String title,
        String type,
        String mode,
        List<Integer> roleLevels,
        @Nullable String strengthsWanted,
        List<String> strengthTags,
        List<String> tags,
        @Nullable Integer capacity,
        @Nullable Integer openSlots,
        boolean trialPossible,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        List<String> targetGroups,
        long placeId,
        String placeName,
        long organizationId,
        String organizationName,
        String placeStatus,
        GeoPoint point,
        boolean areaOnly,
        int floor,
        boolean elevator,
        boolean stepFree,
        boolean accessibleToilet,
        @Nullable Integer venueCapacity,
        @Nullable Boolean venueKitchen,
        @Nullable Integer venueFeeYen,
        List<Session> sessions) {

    /** One occurrence in the coming weeks, not cancelled. */
    public record Session(
            LocalDate date,
            LocalTime start,
            LocalTime end,
            @Nullable Integer headcount,
            boolean crowded) {}

    public boolean remote() {
        return "REMOTE".equals(mode);
    }
}
