package org.deban.matching.venue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.AreaRef;
import org.deban.people.TimeWindow;
import org.jspecify.annotations.Nullable;

/** The venue_request table, in SQL (its windows are jsonb). */
@Singleton
class VenueRequestStore {
    private static final Argument<List<TimeWindow>> WINDOWS = Argument.listOf(TimeWindow.class);
    private static final String SELECT = "SELECT r.id, r.title, r.description, r.group_size, r.kitchen_needed,"
            + " r.windows::text, a.id, a.layer, l.kind, a.code, a.name, a.approximate, r.lat, r.lon, r.radius_km,"
            + " r.budget_yen, r.organization_id, org.name, r.created_at FROM venue_request r"
            + " LEFT JOIN area a ON a.id = r.area_id LEFT JOIN area_layer l ON l.code = a.layer"
            + " LEFT JOIN organization org ON org.id = r.organization_id";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    VenueRequestStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a validated request; answers its id. */
    long insert(VenueRequestInput r, @Nullable Long organizationId, @Nullable Long createdBy) {
        return jdbc.prepareStatement(
                "INSERT INTO venue_request (title, description, group_size, kitchen_needed, windows, area_id, lat,"
                        + " lon, radius_km, budget_yen, created_by, organization_id)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                s -> {
                    s.setString(1, r.title().strip());
                    s.setString(2, r.description() == null || r.description().isBlank() ? null : r.description());
                    s.setInt(3, r.groupSize());
                    s.setBoolean(4, Boolean.TRUE.equals(r.kitchenNeeded()));
                    s.setString(5, write(r.windowsOrEmpty()));
                    setLong(s, 6, r.areaId());
                    VenueRequestInput.Point p = r.areaId() == null ? r.point() : null;
                    setDouble(s, 7, p == null ? null : p.lat());
                    setDouble(s, 8, p == null ? null : p.lon());
                    setDouble(s, 9, p == null ? null : r.radiusKm());
                    if (r.budgetYen() == null) s.setNull(10, Types.INTEGER);
                    else s.setInt(10, r.budgetYen());
                    setLong(s, 11, createdBy);
                    setLong(s, 12, organizationId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    Optional<VenueRequestView> find(long id) {
        return jdbc.prepareStatement(SELECT + " WHERE r.id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        });
    }

    /** A page of requests, newest first: every request, or only one organisation's. */
    List<VenueRequestView> list(@Nullable Long organizationId, int offset, int limit) {
        return jdbc.prepareStatement(
                SELECT + " WHERE (CAST(? AS bigint) IS NULL OR r.organization_id = ?)"
                        + " ORDER BY r.id DESC OFFSET ? LIMIT ?",
                s -> {
                    setLong(s, 1, organizationId);
                    setLong(s, 2, organizationId);
                    s.setInt(3, offset);
                    s.setInt(4, limit);
                    List<VenueRequestView> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) rows.add(view(rs));
                    }
                    return rows;
                });
    }

    long count(@Nullable Long organizationId) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM venue_request r WHERE (CAST(? AS bigint) IS NULL OR r.organization_id = ?)",
                s -> {
                    setLong(s, 1, organizationId);
                    setLong(s, 2, organizationId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** Whether the area exists, and whether it is coarse enough to place sensitive venues in (a 地区 or wider). */
    Optional<AreaLayerKind> areaKind(long areaId) {
        return jdbc.prepareStatement(
                "SELECT l.kind FROM area a JOIN area_layer l ON l.code = a.layer WHERE a.id = ?", s -> {
                    s.setLong(1, areaId);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(AreaLayerKind.valueOf(rs.getString(1))) : Optional.empty();
                    }
                });
    }

    boolean organizationExists(long id) {
        return jdbc.prepareStatement("SELECT 1 FROM organization WHERE id = ?", s -> {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    private VenueRequestView view(ResultSet rs) throws SQLException {
        long areaId = rs.getLong(7);
        AreaRef area = rs.wasNull()
                ? null
                : new AreaRef(
                        areaId,
                        rs.getString(8),
                        AreaLayerKind.valueOf(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getBoolean(12));
        double lat = rs.getDouble(13);
        VenueRequestInput.Point point = rs.wasNull() ? null : new VenueRequestInput.Point(lat, rs.getDouble(14));
        double radius = rs.getDouble(15);
        Double radiusKm = rs.wasNull() ? null : radius;
        int budget = rs.getInt(16);
        Integer budgetYen = rs.wasNull() ? null : budget;
        long organization = rs.getLong(17);
        Long organizationId = rs.wasNull() ? null : organization;
        return new VenueRequestView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getBoolean(5),
                read(rs.getString(6)),
                area,
                point,
                radiusKm,
                budgetYen,
                organizationId,
                rs.getString(18),
                rs.getTimestamp(19).toInstant());
    }

    private String write(List<TimeWindow> windows) {
        try {
            return json.writeValueAsString(windows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<TimeWindow> read(String windows) {
        try {
            return json.readValue(windows, WINDOWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
