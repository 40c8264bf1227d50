package org.deban.matching;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A person the CSW's teams support who fits an offer, with the same score parts and reasons as a proposal. */
@Serdeable
public record PersonCandidate(
        long personId,
        String displayName,
        double score,
        Map<String, Double> components,
        List<Finding> reasons,
        List<Proposal.FittingDate> fittingDates,
        @Nullable Double distanceKm,
        @Nullable Integer travelMinutes) {}
