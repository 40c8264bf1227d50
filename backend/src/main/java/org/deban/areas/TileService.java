package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.common.RequestValidator;

/**
 * Mapbox Vector Tiles made by PostGIS ({@code ST_AsMVT}) in Web Mercator, 4096 units per tile.
 *
 * <p>{@code areas}: layer {@code areas} (polygons with {@code id, layer, kind, code, name,
 * approximate}; 町丁目 only from zoom {@value #CHOME_MIN_ZOOM}) and layer {@code area_labels}
 * (their representative points, for labels).
 *
 * <p>{@code places}: layer {@code places}. Up to zoom {@value #CLUSTER_MAX_ZOOM} places are
 * aggregated on a 16 × 16 grid per tile (points with {@code count}; a cell holding one place also
 * carries its {@code id, name, kind}); above it, one point per place with {@code id, name, kind,
 * status, areaOnly}. Ended places are left out. A sensitive ({@code AREA_ONLY}) place is drawn at
 * the representative point of its 地区 (else its municipality) and never at its own location: the
 * public map has no way to learn it.
 */
@Singleton
public class TileService {
    static final int CHOME_MIN_ZOOM = 12;
    static final int CLUSTER_MAX_ZOOM = 12;
    static final int MAX_ZOOM = 22;
    private static final double WORLD_METRES = 40075016.685578488;

    /**
     * Every place the public map may show, at the point it may be shown at, inside tile envelope e:
     * a sensitive place at the representative point of its public area (kept in
     * {@code place.public_area_id} by every writer of {@code place_area}).
     */
    private static final String PUBLIC_PLACES = "SELECT p.id, p.name, p.kind, p.status, false AS area_only,"
            + " p.pt_3857 AS geom FROM place p"
            + " WHERE p.sensitivity = 'EXACT' AND p.status <> 'ENDED' AND p.pt_3857 && (SELECT e FROM env)"
            + " UNION ALL"
            + " SELECT p.id, p.name, p.kind, p.status, true, a.label_3857 FROM area a"
            + " JOIN place p ON p.public_area_id = a.id AND p.sensitivity = 'AREA_ONLY' AND p.status <> 'ENDED'"
            + " WHERE a.label_3857 && (SELECT e FROM env)";

    private final JdbcOperations jdbc;

    TileService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public byte[] areas(int z, int x, int y) {
        validate(z, x, y);
        return tile(
                "WITH env AS (SELECT ST_TileEnvelope(?, ?, ?) AS e), shown AS ("
                        + " SELECT a.id, a.layer, l.kind, a.code, a.name, a.approximate OR l.approximate AS approximate,"
                        + " a.geom_3857, a.label_3857 FROM area a JOIN area_layer l ON l.code = a.layer"
                        + " WHERE a.geom_3857 && (SELECT e FROM env) AND (l.kind <> 'CHOME' OR ?))"
                        + " SELECT coalesce((SELECT ST_AsMVT(t, 'areas', 4096, 'geom') FROM ("
                        + "   SELECT id, layer, kind, code, name, approximate, ST_AsMVTGeom("
                        + "     ST_SimplifyPreserveTopology(geom_3857, ?), (SELECT e FROM env), 4096, 64, true) AS geom"
                        + "   FROM shown) t WHERE geom IS NOT NULL), ''::bytea)"
                        + " || coalesce((SELECT ST_AsMVT(t, 'area_labels', 4096, 'geom') FROM ("
                        + "   SELECT id, layer, kind, code, name, ST_AsMVTGeom(label_3857,"
                        + "     (SELECT e FROM env), 4096, 0, true) AS geom FROM shown) t WHERE geom IS NOT NULL), ''::bytea)",
                z,
                x,
                y,
                z >= CHOME_MIN_ZOOM,
                pixelMetres(z) / 2);
    }

    @Transactional(readOnly = true)
    public byte[] places(int z, int x, int y) {
        validate(z, x, y);
        if (z > CLUSTER_MAX_ZOOM) {
            return tile(
                    "WITH env AS (SELECT ST_TileEnvelope(?, ?, ?) AS e)"
                            + " SELECT ST_AsMVT(t, 'places', 4096, 'geom') FROM ("
                            + " SELECT id, name, kind, status, area_only AS \"areaOnly\","
                            + " ST_AsMVTGeom(geom, (SELECT e FROM env), 4096, 0, true) AS geom FROM (" + PUBLIC_PLACES
                            + ") pub) t",
                    z,
                    x,
                    y);
        }
        double cell = pixelMetres(z) * 4096 / 16;
        return tile(
                "WITH env AS (SELECT ST_TileEnvelope(?, ?, ?) AS e),"
                        + " cells AS (SELECT count(*) AS count, avg(ST_X(geom)) AS x, avg(ST_Y(geom)) AS y,"
                        + "   CASE WHEN count(*) = 1 THEN min(id) END AS id,"
                        + "   CASE WHEN count(*) = 1 THEN min(name) END AS name,"
                        + "   CASE WHEN count(*) = 1 THEN min(kind) END AS kind"
                        + "   FROM (" + PUBLIC_PLACES + ") pub GROUP BY floor(ST_X(geom) / ?), floor(ST_Y(geom) / ?))"
                        + " SELECT ST_AsMVT(t, 'places', 4096, 'geom') FROM ("
                        + " SELECT count, id, name, kind,"
                        + " ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(x, y), 3857), (SELECT e FROM env), 4096, 0, true) AS geom"
                        + " FROM cells) t",
                z,
                x,
                y,
                cell,
                cell);
    }

    /** The width of one tile unit (1/4096 of a tile) at zoom z, in Web Mercator metres. */
    private static double pixelMetres(int z) {
        return WORLD_METRES / (1L << z) / 4096;
    }

    private byte[] tile(String sql, Object... args) {
        return jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                byte[] bytes = rs.getBytes(1);
                return bytes == null ? new byte[0] : bytes;
            }
        });
    }

    private static void validate(int z, int x, int y) {
        if (z < 0 || z > MAX_ZOOM) {
            RequestValidator.throwIfAny(
                    List.of(new FieldError("z", "OUT_OF_RANGE", "ズームは 0〜" + MAX_ZOOM + " で指定してください")));
        }
        long n = 1L << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            RequestValidator.throwIfAny(List.of(new FieldError(
                    x < 0 || x >= n ? "x" : "y", "OUT_OF_RANGE", "ズーム " + z + " のタイル番号は 0〜" + (n - 1) + " です")));
        }
    }
}
