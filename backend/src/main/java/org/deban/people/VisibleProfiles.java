package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The open persons a set of teams sees, as offer → persons reads them on every request: held in this process's memory
 * between requests, never written anywhere (an in-memory structure rebuilt from PostgreSQL, as the design allows).
 *
 * <p>PostgreSQL decides on every use: one query lists who the teams see now (owned or shared, support not ended) with
 * each row's version, its {@code xmin} and its home area's. Any write to a person or their home area, by this
 * instance or another, gives the row a new {@code xmin}, so a changed, added, shared, unshared, closed or deleted
 * person shows at the next use; only rows whose version changed are read again. Each set of teams keeps only the
 * persons it saw last; a person deleted here is also dropped from memory at once.
 */
@Singleton
class VisibleProfiles {
    /** How many sets of teams are kept (the least recently used one goes first). */
    static final int TEAM_SETS = 32;

    /**
     * A stored person, its version and where distances are measured from; and its matching profile, made once per day
     * (the age in it grows with the date).
     */
    record Known(
            long version, PersonStore.Row row, @Nullable GeoPoint home, AtomicReference<@Nullable Made> made) {
        Known(long version, PersonStore.Row row, @Nullable GeoPoint home) {
            this(version, row, home, new AtomicReference<>());
        }

        Profile profile(LocalDate today, Function<LocalDate, Profile> make) {
            Made m = made.get();
            if (m == null || !today.equals(m.day())) {
                m = new Made(today, make.apply(today));
                made.set(m);
            }
            return m.profile();
        }
    }

    /** A profile and the day it was made for. */
    record Made(LocalDate day, Profile profile) {}

    private final JdbcOperations jdbc;
    private final PersonStore store;
    private final Map<List<Long>, Map<Long, Known>> byTeams = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, Map<Long, Known>> eldest) {
            return size() > TEAM_SETS;
        }
    };

    VisibleProfiles(JdbcOperations jdbc, PersonStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Every open person the teams see now, in no particular order. */
    List<Known> visibleTo(List<Long> teams) {
        List<Long> key = teams.stream().sorted().distinct().toList();
        Map<Long, Known> before;
        synchronized (byTeams) {
            before = byTeams.getOrDefault(key, Map.of());
        }
        Map<Long, Long> versions = versions(key);
        Map<Long, Known> now = new ConcurrentHashMap<>(versions.size() * 2);
        List<Long> stale = new ArrayList<>();
        versions.forEach((id, version) -> {
            Known known = before.get(id);
            if (known != null && known.version() == version) now.put(id, known);
            else stale.add(id);
        });
        for (PersonStore.Row row : rows(stale)) {
            // Changed again since the versions were read: stored under the older version, read again next time.
            now.put(row.id(), new Known(versions.get(row.id()), row, store.homePoint(row.home())));
        }
        synchronized (byTeams) {
            byTeams.put(key, now);
        }
        return List.copyOf(now.values());
    }

    /** Drops a deleted person from every set of teams at once. */
    void forget(long personId) {
        synchronized (byTeams) {
            for (Map<Long, Known> entries : byTeams.values()) entries.remove(personId);
        }
    }

    private Map<Long, Long> versions(List<Long> teams) {
        return jdbc.prepareStatement(
                "SELECT p.id, (p.xmin::text::bigint << 32) | coalesce(a.xmin::text::bigint, 0) FROM person p"
                        + " LEFT JOIN area a ON a.id = p.home_area_id WHERE " + PersonStore.VISIBLE
                        + " AND p.closed_on IS NULL",
                s -> {
                    Array array = s.getConnection().createArrayOf("bigint", teams.toArray());
                    s.setArray(1, array);
                    s.setArray(2, array);
                    Map<Long, Long> versions = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) versions.put(rs.getLong(1), rs.getLong(2));
                    }
                    return versions;
                });
    }

    private List<PersonStore.Row> rows(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.prepareStatement(
                "SELECT " + PersonStore.COLUMNS + " FROM person p LEFT JOIN area a ON a.id = p.home_area_id"
                        + " WHERE p.id = ANY (?)",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("bigint", ids.toArray()));
                    List<PersonStore.Row> rows = new ArrayList<>(ids.size());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) rows.add(store.row(rs));
                    }
                    return rows;
                });
    }
}
