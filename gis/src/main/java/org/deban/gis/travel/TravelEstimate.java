package org.deban.gis.travel;

/**
 * How far and how long a trip is.
 *
 * @param mode how the person travels
 * @param straightKm the great-circle distance ("約1.2 km")
 * @param routeKm the estimated length of the way actually travelled
 * @param minutes whole minutes, rounded up, at least 1
 */
public record TravelEstimate(TravelMode mode, double straightKm, double routeKm, int minutes) {

    public TravelEstimate {
        if (minutes < 1) {
            throw new IllegalArgumentException("a trip takes at least one minute, not " + minutes);
        }
    }

    /** What people read: "徒歩15分", "バス22分". */
    public String label() {
        return mode.label() + minutes + "分";
    }
}
