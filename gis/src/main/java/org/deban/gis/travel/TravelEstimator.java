package org.deban.gis.travel;

import org.deban.gis.GeoPoint;

/**
 * Estimates trips between two points. {@link StraightLineEstimator} works offline from the
 * straight-line distance; the interface is shaped so that an implementation backed by a road
 * network (pgRouting on OSM roads) can replace it without changing callers.
 */
public interface TravelEstimator {

    TravelEstimate estimate(GeoPoint from, GeoPoint to, TravelMode mode);

    /**
     * The largest straight-line distance, in km, that can be travelled in {@code minutes}: no place
     * farther away in a straight line can be reached in time. Meant for a cheap spatial prefilter
     * ({@code ST_DWithin}) before estimating the remaining candidates one by one. 0 when the minutes do
     * not even cover the mode's fixed overhead.
     */
    double maxStraightKm(TravelMode mode, int minutes);
}
