package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.deban.catalogue.place.PlaceResponse;
import org.deban.catalogue.place.PlaceService;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.gis.GeoPoint;
import org.deban.gis.travel.StraightLineEstimator;
import org.deban.gis.travel.TravelEstimate;
import org.deban.gis.travel.TravelEstimator;
import org.deban.gis.travel.TravelMode;

/**
 * How far a person can go: travel-time estimates from a chosen point or an area's representative
 * point, by walking, bicycle, bus or car. The estimate is the straight line times a detour factor
 * over a speed per mode (see {@link TravelMode}); a road-network estimator (pgRouting) can replace
 * {@link StraightLineEstimator} behind {@link TravelEstimator}.
 */
@Singleton
public class ReachService {
    /** A place within reach and how long it takes. */
    @io.micronaut.serde.annotation.Serdeable
    public record ReachablePlace(PlaceResponse place, TravelResponse travel) {}

    private final JdbcOperations jdbc;
    private final PlaceService places;
    private final StraightLineEstimator estimator = new StraightLineEstimator();

    ReachService(JdbcOperations jdbc, PlaceService places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public TravelEstimate estimate(GeoPoint from, GeoPoint to, TravelMode mode) {
        return estimator.estimate(from, to, mode);
    }

    /**
     * Places reachable from a point within the given minutes, nearest first. Sensitive places have
     * no public distance, so they are never listed here (they are found by area instead); ended
     * places neither.
     */
    @Transactional(readOnly = true)
    public PageResponse<ReachablePlace> reachable(GeoPoint from, TravelMode mode, int minutes, PageRequest paging) {
        double metres = estimator.maxStraightKm(mode, minutes) * 1000;
        String where = " FROM place p WHERE p.sensitivity = 'EXACT' AND p.status <> 'ENDED'"
                + " AND ST_DWithin(p.geog, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?, false)";
        long total = jdbc.prepareStatement("SELECT count(*)" + where, s -> {
            s.setDouble(1, from.lon());
            s.setDouble(2, from.lat());
            s.setDouble(3, metres);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        int size = paging.sizeOrDefault();
        List<Long> ids = jdbc.prepareStatement(
                "SELECT p.id" + where
                        + " ORDER BY ST_Distance(p.geog, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, false), p.id"
                        + " LIMIT ? OFFSET ?",
                s -> {
                    s.setDouble(1, from.lon());
                    s.setDouble(2, from.lat());
                    s.setDouble(3, metres);
                    s.setDouble(4, from.lon());
                    s.setDouble(5, from.lat());
                    s.setInt(6, size);
                    s.setLong(7, (long) paging.pageOrDefault() * size);
                    List<Long> out = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                    return out;
                });
        List<ReachablePlace> items = places.getAll(ids).stream()
                .map(p -> new ReachablePlace(
                        p, TravelResponse.of(estimate(from, p.location().toGeoPoint(), mode))))
                .toList();
        return new PageResponse<>(items, total, paging.pageOrDefault(), size);
    }
}
