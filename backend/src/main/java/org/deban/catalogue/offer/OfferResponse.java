package org.deban.catalogue.offer;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.deban.catalogue.place.PlaceStatus;
import org.deban.schedule.Occurrence;
import org.deban.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * An offer as the API shows it, with its schedule in words and its next dates.
 *
 * @param placeStatus the status of its place: offers of paused or ended places are never matched
 * @param scheduleText the rule as residents read it, e.g. 毎月第2・第4水曜 10:00〜12:00（祝日は休み）
 * @param nextOccurrences the next few dates from today, cancelled ones included with their reason
 * @param openingHours the rule in OSM {@code opening_hours} syntax, where it can be said in it
 */
@Serdeable
public record OfferResponse(
        long id,
        long placeId,
        String placeName,
        PlaceStatus placeStatus,
        String title,
        @Nullable String description,
        OfferType type,
        OfferMode mode,
        List<Integer> roleLevels,
        @Nullable String strengthsWanted,
        List<String> strengthTags,
        List<String> tags,
        @Nullable Integer capacity,
        @Nullable Integer openSlots,
        @Nullable PhysicalLoad physicalLoad,
        boolean trialPossible,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        List<TargetGroup> targetGroups,
        boolean residentsOnly,
        int costYen,
        @Nullable String costNote,
        boolean paid,
        @Nullable Integer typicalHeadcount,
        @Nullable Venue venue,
        Schedule schedule,
        String scheduleText,
        List<Occurrence> nextOccurrences,
        @Nullable String openingHours,
        Instant updatedAt) {}
