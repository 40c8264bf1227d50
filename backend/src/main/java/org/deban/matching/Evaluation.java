package org.deban.matching;

import java.util.List;
import org.deban.gis.travel.TravelEstimate;
import org.deban.people.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * The hard constraints applied to one offer for one person: what excludes it (empty when it fits), the sessions
 * that fit, how far it is and which of the person's windows it fits.
 */
record Evaluation(
        List<Finding> exclusions,
        List<OfferFacts.Session> fitting,
        @Nullable Double distanceKm,
        @Nullable TravelEstimate travel,
        @Nullable TimeWindow window) {

    boolean fits() {
        return exclusions.isEmpty();
    }

    /** Whether exactly this one constraint excludes the offer (what relaxing it alone would bring). */
    boolean onlyExcludedBy(Constraint code) {
        return exclusions.size() == 1 && exclusions.getFirst().code().equals(code.name());
    }
}
