package org.deban.matching;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/**
 * An offer proposed to a person: its score and the parts it is made of, a reason for each part, the dates that fit
 * (the coming 8 weeks, at most 8) and how far it is. {@code location} is the place's own point — proposals go to CSWs
 * only, who may see sensitive places' points.
 */
@Serdeable
public record Proposal(
        long offerId,
        String title,
        String type,
        String mode,
        long placeId,
        String placeName,
        Location location,
        String organizationName,
        double score,
        Map<String, Double> components,
        List<Finding> reasons,
        List<FittingDate> fittingDates,
        @Nullable Double distanceKm,
        @Nullable Integer travelMinutes) {

    @Serdeable
    public record FittingDate(
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") LocalTime start,
            @JsonFormat(pattern = "HH:mm") LocalTime end,
            @Nullable Integer headcount) {}
}
