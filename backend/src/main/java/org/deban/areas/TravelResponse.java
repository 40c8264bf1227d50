package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;
import org.deban.gis.travel.TravelEstimate;
import org.deban.gis.travel.TravelMode;

/**
 * A travel-time estimate as shown to people: {@code label} "徒歩15分". {@code straightKm} is the
 * straight line; {@code routeKm} that times the mode's detour factor.
 */
@Serdeable
public record TravelResponse(TravelMode mode, int minutes, String label, double straightKm, double routeKm) {

    static TravelResponse of(TravelEstimate estimate) {
        return new TravelResponse(
                estimate.mode(),
                estimate.minutes(),
                estimate.label(),
                Math.round(estimate.straightKm() * 100) / 100.0,
                Math.round(estimate.routeKm() * 100) / 100.0);
    }
}
