package org.deban.gis.travel;

import org.deban.gis.GeoPoint;

/**
 * Minutes = straight-line distance × the mode's detour factor ÷ its speed + its fixed overhead,
 * rounded up to the whole minute (at least 1), as 不動産 listings round walking times. There is no
 * road network offline, so rivers without a bridge and one-way streets are not seen; the figures of
 * {@link TravelMode} are averages.
 */
public final class StraightLineEstimator implements TravelEstimator {
    /**
     * Arithmetic like 1.3 × 0.8 ÷ 4.8 × 60 lands a hair above a whole number; without this margin
     * 13.000000000000002 minutes would show as 14.
     */
    private static final double ROUNDING_MARGIN = 1e-9;

    @Override
    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TravelMode mode) {
        double straightKm = from.distanceKm(to);
        double routeKm = straightKm * mode.detourFactor();
        double minutes = routeKm / mode.speedKmh() * 60 + mode.overheadMinutes();
        int wholeMinutes = Math.max(1, (int) Math.ceil(minutes - ROUNDING_MARGIN));
        return new TravelEstimate(mode, straightKm, routeKm, wholeMinutes);
    }

    @Override
    public double maxStraightKm(TravelMode mode, int minutes) {
        int movingMinutes = minutes - mode.overheadMinutes();
        if (movingMinutes <= 0) {
            return 0;
        }
        return movingMinutes / 60.0 * mode.speedKmh() / mode.detourFactor();
    }
}
