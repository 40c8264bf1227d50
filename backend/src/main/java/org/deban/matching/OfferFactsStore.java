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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Reads offers' facts and their sessions between two dates, many at a time.
 *
 * <p>Facts read once are kept in this process's memory and used again until the outbox says their offer, place or
 * organisation changed. Every catalogue write appends an outbox row in its own transaction (a new schedule is written
 * with its offer's row), by whichever instance or command wrote it, and each load first reads the rows committed since
 * the last one it saw, as the search indexer does, and forgets what they name: one short query instead of asking for
 * every candidate's version. Facts are kept only when nothing was forgotten between the load's look at the outbox and
 * its reading them, and never by a transaction that has written itself (what it reads may yet be rolled back). Kept
 * facts belong to one window of dates; another window starts over.
 */
@Singleton
public class OfferFactsStore {
    /** How many offers' facts are kept (the least recently used go first): a few hundred bytes to a few kB each. */
    static final int KEPT = 100_000;

    /** Above this many outbox rows at once (a bulk load), everything kept is forgotten. */
    private static final int FORGET_ALL_ABOVE = 10_000;

    private final JdbcOperations jdbc;
    private final Map<Long, OfferFacts> kept = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, OfferFacts> eldest) {
            return size() > KEPT;
        }
    };
    private @Nullable LocalDate keptFrom;
    private @Nullable LocalDate keptUntil;

    /**
     * Outbox rows of transactions below this id have all been seen; rows at or above it committed early are seen again
     * at every load until it passes them. {@code -1} before the first load.
     */
    private long horizon = -1;

    /** How many times kept facts were forgotten: a load keeps what it read only if this did not move meanwhile. */
    private long forgotten;

    OfferFactsStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of these offers (those that exist), in no particular order. */
    public Map<Long, OfferFacts> load(Collection<Long> ids, LocalDate from, LocalDate until) {
        if (ids.isEmpty()) return Map.of();
        Changes changes = changes();
        if (changes.writing()) return read(ids, from, until);
        Map<Long, OfferFacts> facts = new HashMap<>(ids.size() * 2);
        List<Long> missing = new ArrayList<>();
        long seen;
        synchronized (kept) {
            forget(changes);
            if (!from.equals(keptFrom) || !until.equals(keptUntil)) {
                kept.clear();
                keptFrom = from;
                keptUntil = until;
            }
            seen = forgotten;
            for (long id : ids) {
                OfferFacts k = kept.get(id);
                if (k != null) facts.put(id, k);
                else missing.add(id);
            }
        }
        if (missing.isEmpty()) return facts;
        Map<Long, OfferFacts> read = read(missing, from, until);
        synchronized (kept) {
            if (seen == forgotten && from.equals(keptFrom) && until.equals(keptUntil)) kept.putAll(read);
        }
        facts.putAll(read);
        return facts;
    }

    /**
     * What the outbox holds since the horizon, the new horizon (the oldest transaction still running), and whether this
     * transaction has written.
     */
    private record Changes(
            long horizon, boolean writing, int rows, Set<Long> offers, Set<Long> places, Set<Long> organizations) {
        /** More rows than were read: which entities they name is not known. */
        boolean many() {
            return rows > FORGET_ALL_ABOVE;
        }

        boolean any() {
            return rows > 0;
        }
    }

    private Changes changes() {
        long since;
        synchronized (kept) {
            since = horizon;
        }
        return jdbc.prepareStatement(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text, pg_current_xact_id_if_assigned() IS NOT NULL,"
                        + " o.entity_type, o.entity_id FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT entity_type,"
                        + " entity_id FROM outbox WHERE ? >= 0 AND tx >= ?::text::xid8 LIMIT " + (FORGET_ALL_ABOVE + 1)
                        + ") o ON true",
                s -> {
                    s.setLong(1, since);
                    s.setString(2, Long.toString(Math.max(since, 0)));
                    long next = 0;
                    boolean writing = false;
                    int rows = 0;
                    Set<Long> offers = new HashSet<>();
                    Set<Long> places = new HashSet<>();
                    Set<Long> organizations = new HashSet<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            next = Long.parseLong(rs.getString(1));
                            writing = rs.getBoolean(2);
                            String type = rs.getString(3);
                            if (type == null) continue;
                            rows++;
                            long id = rs.getLong(4);
                            switch (type) {
                                case "OFFER" -> offers.add(id);
                                case "PLACE" -> places.add(id);
                                default -> organizations.add(id);
                            }
                        }
                    }
                    return new Changes(next, writing, rows, offers, places, organizations);
                });
    }

    /** Forgets the kept facts the changes name (everything, the first time or after a bulk load); holds the lock. */
    private void forget(Changes changes) {
        if (horizon < 0 || changes.many()) {
            kept.clear();
            forgotten++;
        } else if (changes.any()) {
            kept.keySet().removeAll(changes.offers());
            if (!changes.places().isEmpty() || !changes.organizations().isEmpty())
                kept.values()
                        .removeIf(f -> changes.places().contains(f.placeId())
                                || changes.organizations().contains(f.organizationId()));
            forgotten++;
        }
        horizon = Math.max(horizon, changes.horizon());
    }

    private Map<Long, OfferFacts> read(Collection<Long> ids, LocalDate from, LocalDate until) {
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
                    Map<Long, OfferFacts> read = new HashMap<>(ids.size() * 2);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            read.put(id, facts(rs, List.copyOf(sessions.getOrDefault(id, List.of()))));
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
