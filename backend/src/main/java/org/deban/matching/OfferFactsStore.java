package org.deban.matching;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Reads offers' facts and their sessions between two dates, many at a time.
 *
 * <p>Facts read once are kept in this process's memory and used again while PostgreSQL says they are unchanged, as
 * {@code VisibleProfiles} does for persons: every load first asks for the version of each offer, its place and its
 * organisation (their rows' {@code xmin}), and reads again only what changed. A new schedule rewrites the offer row
 * too ({@code occurrences_until}), so changed sessions change the offer's version. Any write, by this instance or
 * another, therefore shows at the next load. Kept facts belong to one window of dates; another window starts over.
 */
@Singleton
public class OfferFactsStore {
    /** How many offers' facts are kept (the least recently used go first): a few hundred bytes to a few kB each. */
    static final int KEPT = 100_000;

    /** The rows an offer's facts are read from, by their {@code xmin}. */
    private record Version(long offerAndPlace, long organization) {}

    private record Kept(Version version, OfferFacts facts) {}

    private final JdbcOperations jdbc;
    private final Map<Long, Kept> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
            return size() > KEPT;
        }
    };
    private @Nullable LocalDate keptFrom;
    private @Nullable LocalDate keptUntil;

    OfferFactsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of these offers (those that exist), in no particular order. */
    public Map<Long, OfferFacts> load(Collection<Long> ids, LocalDate from, LocalDate until) {
        if (ids.isEmpty()) return Map.of();
        Map<Long, Version> versions = versions(ids);
        Map<Long, OfferFacts> facts = new HashMap<>(versions.size() * 2);
        List<Long> stale = new ArrayList<>();
        synchronized (kept) {
            if (!from.equals(keptFrom) || !until.equals(keptUntil)) {
                kept.clear();
                keptFrom = from;
                keptUntil = until;
            }
            versions.forEach((id, version) -> {
                Kept k = kept.get(id);
                if (k != null && k.version().equals(version)) facts.put(id, k.facts());
                else stale.add(id);
            });
        }
        if (stale.isEmpty()) return facts;
        Map<Long, Kept> read = read(stale, versions, from, until);
        synchronized (kept) {
            if (from.equals(keptFrom) && until.equals(keptUntil)) kept.putAll(read);
        }
        read.forEach((id, k) -> facts.put(id, k.facts()));
        return facts;
    }

    private Map<Long, Version> versions(Collection<Long> ids) {
        return jdbc.prepareStatement(
                "SELECT o.id, (o.xmin::text::bigint << 32) | p.xmin::text::bigint, org.xmin::text::bigint"
                        + " FROM offer o JOIN place p ON p.id = o.place_id"
                        + " JOIN organization org ON org.id = p.organization_id WHERE o.id = ANY (?)",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray()));
                    Map<Long, Version> versions = new HashMap<>(ids.size() * 2);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) versions.put(rs.getLong(1), new Version(rs.getLong(2), rs.getLong(3)));
                    }
                    return versions;
                });
    }

    /**
     * Facts with the versions asked for before reading them: a row changed since then is kept under its older version,
     * so the next load reads it again.
     */
    private Map<Long, Kept> read(Collection<Long> ids, Map<Long, Version> versions, LocalDate from, LocalDate until) {
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
                    Map<Long, Kept> read = new HashMap<>(ids.size() * 2);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            OfferFacts facts = facts(rs, List.copyOf(sessions.getOrDefault(id, List.of())));
                            read.put(id, new Kept(versions.get(id), facts));
                        }
                    }
                    return read;
                });
    }

    private Map<Long, List<OfferFacts.Session>> sessions(Collection<Long> ids, LocalDate from, LocalDate until) {
        return jdbc.prepareStatement(
                "SELECT offer_id, date, start_time, end_time, expected_headcount, crowded FROM occurrence"
                        + " WHERE offer_id = ANY (?) AND date >= ? AND date < ? AND NOT cancelled"
                        + " ORDER BY offer_id, date, start_time",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray()));
                    s.setObject(2, from);
                    s.setObject(3, until);
                    Map<Long, List<OfferFacts.Session>> byOffer = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            byOffer.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new OfferFacts.Session(
                                            rs.getObject(2, LocalDate.class),
                                            rs.getObject(3, LocalTime.class),
                                            rs.getObject(4, LocalTime.class),
                                            integer(rs, 5),
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
