package org.deban.people;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deban.gis.GeoPoint;
import org.deban.gis.travel.TravelMode;
import org.jspecify.annotations.Nullable;

/** The person table, read and written in SQL (its lists are jsonb and arrays). */
@Singleton
class PersonStore {
    static final String COLUMNS = "p.id, p.team_id, p.assigned_account_id, p.display_name, p.name_kana,"
            + " p.contact, p.age, p.age_as_of, p.strengths, p.interests, p.strength_tags, p.past_work,"
            + " p.availability::text, p.reach_mode, p.reach_minutes, p.reach_km, p.home_area_id, a.name,"
            + " p.home_lat, p.home_lon, p.home_label, p.constraints::text, p.wants, p.closed_on, p.updated_at";
    private static final Argument<List<TimeWindow>> WINDOWS = Argument.listOf(TimeWindow.class);
    private static final Argument<List<PersonConstraint>> CONSTRAINTS = Argument.listOf(PersonConstraint.class);

    /** A stored person; {@code age} is as told on {@code ageAsOf}. */
    record Row(
            long id,
            long teamId,
            @Nullable Long assignedAccountId,
            String displayName,
            @Nullable String nameKana,
            @Nullable String contact,
            @Nullable Integer age,
            @Nullable LocalDate ageAsOf,
            @Nullable String strengths,
            @Nullable String interests,
            List<String> strengthTags,
            @Nullable String pastWork,
            List<TimeWindow> availability,
            @Nullable Reach reach,
            @Nullable Home home,
            List<PersonConstraint> constraints,
            List<Want> wants,
            @Nullable LocalDate closedOn,
            Instant updatedAt) {

        /** The age today: the age told, plus the whole years since. */
        @Nullable
        Integer ageOn(LocalDate today) {
            if (age == null || ageAsOf == null) return null;
            return age + (int) Math.max(0, ChronoUnit.YEARS.between(ageAsOf, today));
        }
    }

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PersonStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Row> find(long id) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM person p LEFT JOIN area a ON a.id = p.home_area_id WHERE p.id = ?", s -> {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                    }
                });
    }

    /** The persons any of these teams see (owning or shared), the CSW's own caseload first when {@code assignedTo}. */
    List<Row> visibleTo(List<Long> teams, @Nullable Long assignedTo, int offset, int limit) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM person p LEFT JOIN area a ON a.id = p.home_area_id WHERE " + VISIBLE
                        + " AND (CAST(? AS bigint) IS NULL OR p.assigned_account_id = ?)"
                        + " ORDER BY p.closed_on IS NOT NULL, p.id OFFSET ? LIMIT ?",
                s -> {
                    bindVisible(s, teams, 1);
                    setLong(s, 3, assignedTo);
                    setLong(s, 4, assignedTo);
                    s.setInt(5, offset);
                    s.setInt(6, limit);
                    List<Row> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) rows.add(row(rs));
                    }
                    return rows;
                });
    }

    long countVisibleTo(List<Long> teams, @Nullable Long assignedTo) {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM person p WHERE " + VISIBLE
                        + " AND (CAST(? AS bigint) IS NULL OR p.assigned_account_id = ?)",
                s -> {
                    bindVisible(s, teams, 1);
                    setLong(s, 3, assignedTo);
                    setLong(s, 4, assignedTo);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** Whether any of the teams sees the person: it owns the record, or a recorded decision shares it. */
    boolean visible(long person, List<Long> teams) {
        return jdbc.prepareStatement("SELECT 1 FROM person p WHERE p.id = ? AND " + VISIBLE, s -> {
            s.setLong(1, person);
            bindVisible(s, teams, 2);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    static final String VISIBLE = "(p.team_id = ANY (?) OR EXISTS (SELECT 1 FROM person_share ps"
            + " WHERE ps.person_id = p.id AND ps.team_id = ANY (?)))";

    private static void bindVisible(PreparedStatement s, List<Long> teams, int first) throws SQLException {
        Array array = s.getConnection().createArrayOf("bigint", teams.toArray());
        s.setArray(first, array);
        s.setArray(first + 1, array);
    }

    long insert(Row p) {
        return jdbc.prepareStatement(
                "INSERT INTO person (team_id, assigned_account_id, display_name, name_kana, contact, age, age_as_of,"
                        + " strengths, interests, strength_tags, past_work, availability, reach_mode, reach_minutes,"
                        + " reach_km, home_area_id, home_lat, home_lon, home_label, constraints, wants, closed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
                        + " RETURNING id",
                s -> {
                    s.setLong(1, p.teamId());
                    setLong(s, 2, p.assignedAccountId());
                    bindProfile(s, 3, p);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    void update(long id, Row p) {
        jdbc.prepareStatement(
                "UPDATE person SET display_name = ?, name_kana = ?, contact = ?, age = ?, age_as_of = ?,"
                        + " strengths = ?, interests = ?, strength_tags = ?, past_work = ?, availability = ?::jsonb,"
                        + " reach_mode = ?, reach_minutes = ?, reach_km = ?, home_area_id = ?, home_lat = ?,"
                        + " home_lon = ?, home_label = ?, constraints = ?::jsonb, wants = ?, closed_on = ?,"
                        + " updated_at = now() WHERE id = ?",
                s -> {
                    int next = bindProfile(s, 1, p);
                    s.setLong(next, id);
                    return s.executeUpdate();
                });
    }

    /** Binds the profile columns from display_name to closed_on; answers the next parameter index. */
    private int bindProfile(PreparedStatement s, int i, Row p) throws SQLException {
        Connection c = s.getConnection();
        s.setString(i++, p.displayName());
        s.setString(i++, p.nameKana());
        s.setString(i++, p.contact());
        setInt(s, i++, p.age());
        setDate(s, i++, p.ageAsOf());
        s.setString(i++, p.strengths());
        s.setString(i++, p.interests());
        s.setArray(i++, c.createArrayOf("text", p.strengthTags().toArray()));
        s.setString(i++, p.pastWork());
        s.setString(i++, write(p.availability()));
        Reach reach = p.reach();
        s.setString(i++, reach == null ? null : reach.mode().name());
        setInt(s, i++, reach == null ? null : reach.minutes());
        if (reach == null || reach.km() == null) s.setNull(i++, Types.DOUBLE);
        else s.setDouble(i++, reach.km());
        Home home = p.home();
        setLong(s, i++, home == null ? null : home.areaId());
        boolean point = home != null && home.lat() != null && home.lon() != null;
        if (point) {
            s.setDouble(i++, home.lat());
            s.setDouble(i++, home.lon());
        } else {
            s.setNull(i++, Types.DOUBLE);
            s.setNull(i++, Types.DOUBLE);
        }
        s.setString(i++, point ? home.label() : null);
        s.setString(i++, write(p.constraints()));
        s.setArray(
                i++, c.createArrayOf("text", p.wants().stream().map(Enum::name).toArray()));
        setDate(s, i++, p.closedOn());
        return i;
    }

    /** Where distances are measured from: the chosen point, or the representative point of the home area. */
    @Nullable
    GeoPoint homePoint(@Nullable Home home) {
        if (home == null) return null;
        if (home.lat() != null && home.lon() != null) return GeoPoint.of(home.lat(), home.lon());
        if (home.areaId() == null) return null;
        return jdbc.prepareStatement("SELECT ST_Y(label_point), ST_X(label_point) FROM area WHERE id = ?", s -> {
            s.setLong(1, home.areaId());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? GeoPoint.of(rs.getDouble(1), rs.getDouble(2)) : null;
            }
        });
    }

    void delete(long id) {
        jdbc.prepareStatement("DELETE FROM person WHERE id = ?", s -> {
            s.setLong(1, id);
            return s.executeUpdate();
        });
    }

    Row row(ResultSet rs) throws SQLException {
        String reachMode = rs.getString(14);
        Reach reach = reachMode == null
                ? null
                : new Reach(TravelMode.valueOf(reachMode), intOrNull(rs, 15), doubleOrNull(rs, 16));
        Long homeArea = longOrNull(rs, 17);
        Double lat = doubleOrNull(rs, 19);
        Home home = homeArea == null && lat == null
                ? null
                : new Home(homeArea, rs.getString(18), lat, doubleOrNull(rs, 20), rs.getString(21));
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                longOrNull(rs, 3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                intOrNull(rs, 7),
                localDate(rs, 8),
                rs.getString(9),
                rs.getString(10),
                Arrays.asList((String[]) rs.getArray(11).getArray()),
                rs.getString(12),
                read(rs.getString(13), WINDOWS),
                reach,
                home,
                read(rs.getString(22), CONSTRAINTS),
                Arrays.stream((String[]) rs.getArray(23).getArray())
                        .map(Want::valueOf)
                        .toList(),
                localDate(rs, 24),
                rs.getTimestamp(25).toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static void setLong(PreparedStatement s, int index, @Nullable Long value) throws SQLException {
        if (value == null) s.setNull(index, Types.BIGINT);
        else s.setLong(index, value);
    }

    private static void setInt(PreparedStatement s, int index, @Nullable Integer value) throws SQLException {
        if (value == null) s.setNull(index, Types.INTEGER);
        else s.setInt(index, value);
    }

    static void setDate(PreparedStatement s, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) s.setNull(index, Types.DATE);
        else s.setDate(index, Date.valueOf(value));
    }
}
