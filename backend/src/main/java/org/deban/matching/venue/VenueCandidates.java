package org.deban.matching.venue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.deban.areas.AreaLayerKind;
import org.jspecify.annotations.Nullable;

/**
 * The 会場提供 (VENUE) offers where a request looks: in its area (the {@code place_area} rows) or within its radius
 * (the GiST index of {@code place.geog}). A sensitive (area-only) place stands where the public sees it — its 地区's
 * point, in 地区 and wider areas only — unless the caller may see its exact point (administrators, CSWs and the
 * place's own organisation), as in search. Read from the database, the source of truth: venue requests are few and
 * checked on the facts anyway.
 */
@Singleton
class VenueCandidates {
    /** More venues than this in one area or radius is a national-scale mistake, not a request; the nearest are kept. */
    static final int MAX = 2000;

    /** The caller's view of sensitive places: the exact point for every place, or only for their own. */
    record Viewer(boolean exactAll, @Nullable Long ownOrganization) {}

    /**
     * A venue in scope. {@code coarse}: placed at its 地区's point for this caller, so no distance may be shown or
     * rank it; {@code km} from the request's point (null for an area request).
     */
    record Candidate(
            long offerId,
            boolean coarse,
            @Nullable Double km,
            @Nullable String feeNote,
            @Nullable String equipment) {}

    private static final String PARAMS = "WITH q AS (SELECT CAST(? AS boolean) AS exact_all,"
            + " CAST(? AS bigint) AS own_org, CAST(? AS bigint) AS area_id,"
            + " ST_SetSRID(ST_MakePoint(CAST(? AS float8), CAST(? AS float8)), 4326)::geography AS pt,"
            + " CAST(? AS float8) * 1000 AS radius_m) ";
    private static final String COARSE =
            "(p.sensitivity = 'AREA_ONLY' AND NOT q.exact_all AND p.organization_id IS DISTINCT FROM q.own_org)";
    private static final String COLUMNS = "o.id, " + COARSE + ", o.venue_fee_note, o.venue_equipment";
    private static final String VENUES = " JOIN offer o ON o.place_id = p.id AND o.type = 'VENUE'";

    /** In the area; a sensitive place only when the area is a 地区 or wider (a 町丁目 would tell where it is). */
    private static final String IN_AREA = PARAMS + "SELECT " + COLUMNS + ", CAST(NULL AS float8) FROM q"
            + " CROSS JOIN place_area pa JOIN place p ON p.id = pa.place_id" + VENUES
            + " WHERE pa.area_id = q.area_id AND (NOT " + COARSE + " OR EXISTS (SELECT 1 FROM area a"
            + " JOIN area_layer l ON l.code = a.layer WHERE a.id = q.area_id AND l.kind IN " + AreaLayerKind.COARSE_SQL
            + ")) ORDER BY o.id LIMIT " + MAX;

    /** Within the radius; a sensitive place by its 地区's point. */
    private static final String NEAR = PARAMS + "SELECT * FROM (SELECT " + COLUMNS
            + ", ST_Distance(p.geog, q.pt, false) / 1000 AS km FROM q CROSS JOIN place p" + VENUES
            + " WHERE ST_DWithin(p.geog, q.pt, q.radius_m, false) AND NOT " + COARSE
            + " UNION ALL SELECT " + COLUMNS + ", ST_Distance(a.label_point::geography, q.pt, false) / 1000"
            + " FROM q CROSS JOIN place p JOIN area a ON a.id = p.public_area_id" + VENUES
            + " WHERE p.public_area_id IS NOT NULL AND " + COARSE
            + " AND ST_DWithin(a.label_point::geography, q.pt, q.radius_m, false)) v ORDER BY km, id LIMIT " + MAX;

    private final JdbcOperations jdbc;

    VenueCandidates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> find(VenueRequestView r, Viewer viewer) {
        var point = r.point();
        boolean near = r.area() == null;
        if (near && (point == null || r.radiusKm() == null)) return List.of(); // its area was deleted since
        return jdbc.prepareStatement(near ? NEAR : IN_AREA, s -> {
            s.setBoolean(1, viewer.exactAll());
            setLong(s, 2, viewer.ownOrganization());
            setLong(s, 3, near ? null : r.area().id());
            setDouble(s, 4, near ? point.lon() : null);
            setDouble(s, 5, near ? point.lat() : null);
            setDouble(s, 6, near ? r.radiusKm() : null);
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double km = rs.getDouble(5);
                    Double distance = rs.wasNull() ? null : km;
                    found.add(
                            new Candidate(rs.getLong(1), rs.getBoolean(2), distance, rs.getString(3), rs.getString(4)));
                }
            }
            return found;
        });
    }

    private static void setLong(PreparedStatement s, int i, @Nullable Long value) throws SQLException {
        if (value == null) s.setNull(i, Types.BIGINT);
        else s.setLong(i, value);
    }

    private static void setDouble(PreparedStatement s, int i, @Nullable Double value) throws SQLException {
        if (value == null) s.setNull(i, Types.DOUBLE);
        else s.setDouble(i, value);
    }
}
