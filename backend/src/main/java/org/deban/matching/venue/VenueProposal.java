package org.deban.matching.venue;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.deban.catalogue.offer.Venue;
import org.deban.matching.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A venue proposed for a venue request: its score and the parts it is made of, a reason for each part, what it
 * lends ({@code venue}: capacity, kitchen, fee …), the dates in the coming 8 weeks it is free for one of the group's
 * windows (at most 8, with the venue's free hours that day) and, for a request by point, how far it is — never for a
 * sensitive place the caller may not locate.
 */
@Serdeable
public record VenueProposal(
        long offerId,
        String title,
        long placeId,
        String placeName,
        String organizationName,
        double score,
        Map<String, Double> components,
        List<Finding> reasons,
        Venue venue,
        List<FreeDate> dates,
        @Nullable Double distanceKm) {

    /** A date the venue is free for the group, and its free hours that day. */
    @Serdeable
    public record FreeDate(
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end) {}
}
