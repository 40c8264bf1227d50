package org.deban.matching;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/** Reads offers' facts and their sessions between two dates, many at a time. */
@Singleton
public class OfferFactsStore {
    private final JdbcOperations jdbc;

    OfferFactsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of these offers (those that exist), in no particular order. */
    public Map<Long, OfferFacts> load(Collection<Long> ids, LocalDate from, LocalDate until) {
        if (ids.isEmpty()) return Map.of();
        Map<Long, List<OfferFacts.Session>> sessions = sessions(ids, from, until);
        return jdbc.prepareStatement(
                "SELECT o.id, o.title, o.type, o.mode, o.role_levels, o.strengths_wanted, o.strength_tags,"
                        + " o.tags || p.tags, o.capacity, o.open_slots, o.trial_possible, o.min_age, o.max_age,"
                        + " o.target_groups, p.id, p.name, org.id, org.name, p.status, p.lat, p.lon,"
                        + " p.sensitivity = 'AREA_ONLY', p.floor, p.elevator, p.step_free, p.accessible_toilet,"
                        + " o.venue_capacity, o.venue_kitchen, o.venue_fee_yen"
                        + " FROM offer o JOIN place p ON p.id = o.place_id"
                        + " JOIN organization org ON org.id = p.organization_id WHERE o.id = ANY (?)",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray()));
                    Map<Long, OfferFacts> facts = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            facts.put(id, facts(rs, sessions.getOrDefault(id, List.of())));
                        }
                    }
                    return facts;
                });
    }

    private Map<Long, List<OfferFacts.Session>> sessions(Collection<Long> ids, LocalDate from, LocalDate until) {
        return jdbc.prepareStatement(
                "SELECT offer_id, date, start_time, end_time, expected_headcount, crowded FROM occurrence"
                        + " WHERE offer_id = ANY (?) AND date >= ? AND date < ? AND NOT cancelled"
                        + " ORDER BY offer_id, date, start_time",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray()));
                    s.setDate(2, Date.valueOf(from));
                    s.setDate(3, Date.valueOf(until));
                    Map<Long, List<OfferFacts.Session>> byOffer = new LinkedHashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            int headcount = rs.getInt(5);
                            Integer expected = rs.wasNull() ? null : headcount;
                            byOffer.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new OfferFacts.Session(
                                            rs.getDate(2).toLocalDate(),
                                            rs.getTime(3).toLocalTime(),
                                            rs.getTime(4).toLocalTime(),
                                            expected,
                                            rs.getBoolean(6)));
                        }
                    }
                    return byOffer;
                });
    }

    private static OfferFacts facts(ResultSet rs, List<OfferFacts.Session> sessions) throws SQLException {
        return new OfferFacts(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Arrays.asList((Integer[]) rs.getArray(5).getArray()),
                rs.getString(6),
                strings(rs.getArray(7)),
                strings(rs.getArray(8)),
                integer(rs, 9),
                integer(rs, 10),
                rs.getBoolean(11),
                integer(rs, 12),
                integer(rs, 13),
                strings(rs.getArray(14)),
                rs.getLong(15),
                rs.getString(16),
                rs.getLong(17),
                rs.getString(18),
                rs.getString(19),
                GeoPoint.of(rs.getDouble(20), rs.getDouble(21)),
                rs.getBoolean(22),
                rs.getInt(23),
                rs.getBoolean(24),
                rs.getBoolean(25),
                rs.getBoolean(26),
                integer(rs, 27),
                bool(rs, 28),
                integer(rs, 29),
                sessions);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
