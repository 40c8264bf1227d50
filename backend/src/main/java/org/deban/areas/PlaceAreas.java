package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which areas each place lies in: kept by point-in-polygon on every place write. A sensitive place
 * also keeps the one area the public sees it at ({@code place.public_area_id}, see
 * {@code place_public_area} in the V4 migration).
 */
@Singleton
public class PlaceAreas {
    /** Coarse layers first, so a place reads 稲沢市 › 祖父江 › 祖父江町本甲. */
    static final String KIND_ORDER =
            "array_position(ARRAY['MUNICIPALITY','SPHERE','DISTRICT','SCHOOL_DISTRICT','CHOME','OTHER'], l.kind)";

    private final JdbcOperations jdbc;

    PlaceAreas(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reassigns one place after its location was written, in the writer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(long placeId) {
        jdbc.prepareStatement("DELETE FROM place_area WHERE place_id = ?", s -> {
            s.setLong(1, placeId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement(
                "INSERT INTO place_area (place_id, area_id) SELECT p.id, a.id FROM place p JOIN area a"
                        + " ON a.geom_3857 && p.pt_3857"
                        + " AND ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)) WHERE p.id = ?",
                s -> {
                    s.setLong(1, placeId);
                    return s.executeUpdate();
                });
        jdbc.prepareStatement(
                "UPDATE place SET public_area_id = CASE WHEN sensitivity = 'AREA_ONLY' THEN place_public_area(id) END"
                        + " WHERE id = ?",
                s -> {
                    s.setLong(1, placeId);
                    return s.executeUpdate();
                });
    }

    /** The areas of each of the given places, coarse layers first. */
    @Transactional(readOnly = true)
    public Map<Long, List<AreaRef>> of(Collection<Long> placeIds) {
        Map<Long, List<AreaRef>> byPlace = new HashMap<>();
        if (placeIds.isEmpty()) return byPlace;
        jdbc.prepareStatement(
                "SELECT pa.place_id, a.id, a.layer, l.kind, a.code, a.name, a.approximate FROM place_area pa"
                        + " JOIN area a ON a.id = pa.area_id JOIN area_layer l ON l.code = a.layer"
                        + " WHERE pa.place_id = ANY (?) ORDER BY " + KIND_ORDER + ", l.sort_order, l.code, a.name",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", placeIds.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            byPlace.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                    .add(ref(rs));
                        }
                    }
                    return null;
                });
        return byPlace;
    }

    private static AreaRef ref(ResultSet rs) throws SQLException {
        return new AreaRef(
                rs.getLong(2),
                rs.getString(3),
                AreaLayerKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7));
    }
}
