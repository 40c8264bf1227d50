package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.deban.catalogue.Location;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.RequestValidator;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/** Reads area layers and areas: lists, one area, and GeoJSON extracts. */
@Singleton
public class AreaService {
    /** A GeoJSON extract is for small areas; anything larger is what tiles are for. */
    static final int GEOJSON_LIMIT = 2000;

    private static final String COLUMNS = "SELECT a.id, a.layer, l.name, l.kind, a.code, a.name, a.city_code,"
            + " a.approximate OR l.approximate, ST_Y(a.label_point), ST_X(a.label_point),"
            + " ST_XMin(a.geom), ST_YMin(a.geom), ST_XMax(a.geom), ST_YMax(a.geom)";
    private static final String FILTER = " FROM area a JOIN area_layer l ON l.code = a.layer"
            + " WHERE (CAST(? AS text) IS NULL OR a.layer = ?)"
            + " AND (CAST(? AS text) IS NULL OR a.city_code = ?)"
            + " AND (CAST(? AS float8) IS NULL"
            + " OR ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)))"
            // Inside another area: by the representative point, which surely lies in the area, so a 町丁目 on a
            // 地区's border belongs to exactly one 地区.
            + " AND (CAST(? AS bigint) IS NULL OR (a.id <> ? AND ST_Intersects(a.label_point,"
            + "   (SELECT w.geom FROM area w WHERE w.id = ?))))";
    private static final String ORDER = " ORDER BY " + PlaceAreas.KIND_ORDER + ", l.sort_order, a.layer, a.code";

    /**
     * Filters of the area list; null means "any". {@code containing} keeps areas the point lies in; {@code within}
     * keeps areas whose representative point lies in that area (the 町丁目 of a 地区).
     */
    public record Filter(
            @Nullable String layer,
            @Nullable String cityCode,
            @Nullable GeoPoint containing,
            @Nullable Long within) {}

    private final JdbcOperations jdbc;

    AreaService(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PageResponse<AreaResponse> list(Filter filter, PageRequest paging) {
        int size = paging.sizeOrDefault();
        long total = jdbc.prepareStatement("SELECT count(*)" + FILTER, s -> {
            bind(s, filter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AreaResponse> items = jdbc.prepareStatement(COLUMNS + FILTER + ORDER + " LIMIT ? OFFSET ?", s -> {
            int next = bind(s, filter);
            s.setInt(next, size);
            s.setLong(next + 1, (long) paging.pageOrDefault() * size);
            return rows(s);
        });
        return new PageResponse<>(items, total, paging.pageOrDefault(), size);
    }

    @Transactional(readOnly = true)
    public AreaResponse get(long id) {
        List<AreaResponse> found = jdbc.prepareStatement(
                COLUMNS + " FROM area a JOIN area_layer l ON l.code = a.layer WHERE a.id = ?", s -> {
                    s.setLong(1, id);
                    return rows(s);
                });
        if (found.isEmpty()) throw new NotFoundException("area", id);
        return found.getFirst();
    }

    @Transactional(readOnly = true)
    public List<AreaLayerResponse> layers() {
        return jdbc.prepareStatement(
                "SELECT l.code, l.name, l.kind, l.approximate, l.source, count(a.id), l.updated_at"
                        + " FROM area_layer l LEFT JOIN area a ON a.layer = l.code GROUP BY l.code"
                        + " ORDER BY " + PlaceAreas.KIND_ORDER + ", l.sort_order, l.code",
                s -> {
                    List<AreaLayerResponse> out = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(new AreaLayerResponse(
                                    rs.getString(1),
                                    rs.getString(2),
                                    AreaLayerKind.valueOf(rs.getString(3)),
                                    rs.getBoolean(4),
                                    rs.getString(5),
                                    rs.getLong(6),
                                    rs.getTimestamp(7).toInstant()));
                        }
                    }
                    return out;
                });
    }

    /**
     * The areas matching a filter as a GeoJSON FeatureCollection (geometry at 6 decimals, about
     * 0.1 m); at most {@value #GEOJSON_LIMIT} areas, else a 400 pointing to the tiles.
     */
    @Transactional(readOnly = true)
    public String geoJson(Filter filter) {
        long total = list(filter, new PageRequest(0, 1)).total();
        if (total > GEOJSON_LIMIT) {
            RequestValidator.throwIfAny(List.of(new FieldError(
                    "layer",
                    "OUT_OF_RANGE",
                    total + " 件の区域があります。GeoJSON は " + GEOJSON_LIMIT
                            + " 件までです: layer や cityCode で絞り込むか、ベクトルタイル (/api/v1/tiles/areas/…) を使ってください")));
        }
        return jdbc.prepareStatement(
                "SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object("
                        + "'type', 'Feature', 'id', a.id, 'geometry', ST_AsGeoJSON(a.geom, 6)::json,"
                        + " 'properties', json_build_object('id', a.id, 'layer', a.layer, 'kind', l.kind, 'code', a.code,"
                        + " 'name', a.name, 'cityCode', a.city_code, 'approximate', a.approximate OR l.approximate))"
                        + ORDER + "), '[]'::json))::text" + FILTER,
                s -> {
                    bind(s, filter);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
    }

    private static int bind(PreparedStatement s, Filter filter) throws SQLException {
        s.setString(1, filter.layer());
        s.setString(2, filter.layer());
        s.setString(3, filter.cityCode());
        s.setString(4, filter.cityCode());
        GeoPoint p = filter.containing();
        s.setObject(5, p == null ? null : p.lon(), java.sql.Types.DOUBLE);
        s.setObject(6, p == null ? null : p.lon(), java.sql.Types.DOUBLE);
        s.setObject(7, p == null ? null : p.lat(), java.sql.Types.DOUBLE);
        for (int i = 8; i <= 10; i++) s.setObject(i, filter.within(), java.sql.Types.BIGINT);
        return 11;
    }

    private static List<AreaResponse> rows(PreparedStatement s) throws SQLException {
        List<AreaResponse> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new AreaResponse(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        AreaLayerKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        new Location(rs.getDouble(9), rs.getDouble(10)),
                        List.of(rs.getDouble(11), rs.getDouble(12), rs.getDouble(13), rs.getDouble(14))));
            }
        }
        return out;
    }
}
