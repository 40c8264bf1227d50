package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.deban.areas.ImportReport.FeatureNote;
import org.deban.common.FieldError;
import org.deban.common.RequestValidator;
import org.deban.gis.JapanBounds;
import org.deban.gis.boundary.BoundaryFeature;
import org.deban.gis.boundary.BoundaryLayout;
import org.jspecify.annotations.Nullable;

/**
 * Replaces one area layer with new boundaries in a single transaction: each feature is parsed by
 * PostGIS, repaired with {@code ST_MakeValid} when invalid, or rejected with its reason; features
 * sharing a code are merged; then every place is reassigned to the layer's areas and places whose
 * areas changed get an outbox row. A failed import, or one where every feature was rejected,
 * leaves the old layer untouched.
 */
@Singleton
public class AreaImporter {
    private static final String LAYER_CODE = "^[a-z][a-z0-9_-]{0,39}$";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    AreaImporter(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Imports the features of a boundary file, read with a layout naming the code and name properties. */
    @Transactional
    public ImportReport importFeatures(
            AreaLayerDefinition layer, List<BoundaryFeature> features, BoundaryLayout layout, IntConsumer progress) {
        List<AreaInput> inputs = new ArrayList<>(features.size());
        for (BoundaryFeature feature : features) {
            inputs.add(new AreaInput(
                    feature.index(),
                    layout.code(feature.properties()),
                    layout.name(feature.properties()),
                    layout.cityCode(feature.properties()),
                    toJson(feature.properties()),
                    feature.geometryJson()));
        }
        return replaceLayer(layer, inputs, progress);
    }

    @Transactional
    public ImportReport replaceLayer(AreaLayerDefinition layer, List<AreaInput> inputs, IntConsumer progress) {
        validate(layer);
        Connection connection = jdbc.getConnection();
        try {
            upsertLayer(connection, layer);
            update(
                    connection,
                    "CREATE TEMP TABLE area_import (idx int, code text, name text, city_code text,"
                            + " props jsonb, geom geometry) ON COMMIT DROP");
            List<FeatureNote> repaired = new ArrayList<>();
            List<FeatureNote> rejected = new ArrayList<>();
            int done = 0;
            for (AreaInput input : inputs) {
                String problem = stage(connection, input, repaired);
                if (problem != null) rejected.add(new FeatureNote(input.index(), blankToNull(input.code()), problem));
                progress.accept(++done);
            }
            List<FeatureNote> warnings = nameConflicts(connection);
            if (inputs.size() == rejected.size()) {
                // Nothing usable: keep the layer as it was rather than empty it.
                update(connection, "DROP TABLE area_import");
                return new ImportReport(layer.code(), false, inputs.size(), 0, repaired, rejected, warnings, 0);
            }
            update(
                    connection,
                    "CREATE TEMP TABLE old_assignment ON COMMIT DROP AS SELECT pa.place_id, a.code"
                            + " FROM place_area pa JOIN area a ON a.id = pa.area_id WHERE a.layer = ?",
                    layer.code());
            update(connection, "DELETE FROM area WHERE layer = ?", layer.code());
            int areas = update(
                    connection,
                    "INSERT INTO area (layer, code, name, city_code, properties, approximate, geom)"
                            + " SELECT ?, code, (array_agg(name ORDER BY idx))[1], (array_agg(city_code ORDER BY idx))[1],"
                            + " (array_agg(props ORDER BY idx))[1], ?,"
                            + " ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(geom)), 3))"
                            + " FROM area_import GROUP BY code",
                    layer.code(),
                    layer.approximate());
            update(
                    connection,
                    "INSERT INTO place_area (place_id, area_id) SELECT p.id, a.id FROM area a JOIN place p"
                            + " ON p.pt_3857 && a.geom_3857"
                            + " AND ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))"
                            + " WHERE a.layer = ?",
                    layer.code());
            update(
                    connection,
                    "UPDATE place SET public_area_id = place_public_area(id)"
                            + " WHERE sensitivity = 'AREA_ONLY' AND public_area_id IS DISTINCT FROM place_public_area(id)");
            int moved = update(
                    connection,
                    "WITH now_in AS (SELECT pa.place_id, a.code FROM place_area pa JOIN area a ON a.id = pa.area_id"
                            + " WHERE a.layer = ?),"
                            + " changed AS ((SELECT * FROM old_assignment EXCEPT SELECT * FROM now_in)"
                            + " UNION (SELECT * FROM now_in EXCEPT SELECT * FROM old_assignment))"
                            + " INSERT INTO outbox (entity_type, entity_id) SELECT DISTINCT 'PLACE', place_id FROM changed",
                    layer.code());
            update(connection, "DROP TABLE area_import, old_assignment");
            return new ImportReport(layer.code(), true, inputs.size(), areas, repaired, rejected, warnings, moved);
        } catch (SQLException e) {
            throw new IllegalStateException("area import failed: " + e.getMessage(), e);
        }
    }

    /** Stages one feature; returns why it was rejected, or null. */
    private static @Nullable String stage(Connection connection, AreaInput input, List<FeatureNote> repaired)
            throws SQLException {
        if (isBlank(input.code())) return "コードがありません（コードの属性名を確認してください）";
        if (isBlank(input.name())) return "名前がありません（名前の属性名を確認してください）";
        if (input.geometryJson() == null) return "ジオメトリがありません";
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement s =
                connection.prepareStatement("WITH src AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) AS g),"
                        + " fixed AS (SELECT g, ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason,"
                        + " ST_CollectionExtract(ST_MakeValid(g), 3) AS polygons FROM src)"
                        + " SELECT valid, reason, ST_IsEmpty(polygons), ST_XMin(polygons), ST_YMin(polygons),"
                        + " ST_XMax(polygons), ST_YMax(polygons), GeometryType(g) FROM fixed")) {
            s.setString(1, input.geometryJson());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(3)) return "ポリゴンがありません（" + rs.getString(8) + " は区域になりません）";
                if (!JapanBounds.contains(rs.getDouble(5), rs.getDouble(4))
                        || !JapanBounds.contains(rs.getDouble(7), rs.getDouble(6))) {
                    return "座標が日本の経緯度の範囲外です（WGS84 の [経度, 緯度] で指定してください）";
                }
                if (!rs.getBoolean(1)) {
                    repaired.add(new FeatureNote(input.index(), input.code(), "修復しました: " + rs.getString(2)));
                }
            }
            update(
                    connection,
                    "INSERT INTO area_import (idx, code, name, city_code, props, geom) VALUES (?, ?, ?, ?, ?::jsonb,"
                            + " ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)), 3))",
                    input.index(),
                    input.code().strip(),
                    input.name().strip(),
                    blankToNull(input.cityCode()),
                    input.propertiesJson(),
                    input.geometryJson());
            connection.releaseSavepoint(savepoint);
            return null;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "ジオメトリを読めません: " + message.lines().findFirst().orElse(message);
        }
    }

    private static List<FeatureNote> nameConflicts(Connection connection) throws SQLException {
        List<FeatureNote> notes = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                        "SELECT min(idx), code, string_agg(DISTINCT name, ' / ') FROM area_import GROUP BY code"
                                + " HAVING count(DISTINCT name) > 1 ORDER BY min(idx)");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                notes.add(new FeatureNote(
                        rs.getInt(1), rs.getString(2), "同じコードに別の名前があります（先頭の名前を使います）: " + rs.getString(3)));
            }
        }
        return notes;
    }

    private static void upsertLayer(Connection connection, AreaLayerDefinition layer) throws SQLException {
        update(
                connection,
                "INSERT INTO area_layer (code, name, kind, approximate, source) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                        + " approximate = excluded.approximate, source = excluded.source, updated_at = now()",
                layer.code(),
                layer.name(),
                layer.kind().name(),
                layer.approximate(),
                layer.source());
    }

    private static void validate(AreaLayerDefinition layer) {
        List<FieldError> errors = new ArrayList<>();
        if (layer.code() == null || !layer.code().matches(LAYER_CODE)) {
            errors.add(new FieldError("layer", "INVALID_FORMAT", "レイヤーのコードは英小文字で始まる英小文字・数字・-・_（40文字まで）です"));
        }
        if (isBlank(layer.name()) || layer.name().length() > 100) {
            errors.add(new FieldError("name", "REQUIRED", "レイヤーの名前（100文字まで）を指定してください"));
        }
        RequestValidator.throwIfAny(errors);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int update(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            return s.executeUpdate();
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return isBlank(s) ? null : s.strip();
    }
}
