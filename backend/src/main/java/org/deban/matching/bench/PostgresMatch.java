package org.deban.matching.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.deban.gis.GeoPoint;
import org.deban.gis.travel.StraightLineEstimator;
import org.deban.gis.travel.TravelMode;
import org.deban.people.Limitation;
import org.deban.people.Profile;
import org.deban.people.TimeWindow;
import org.deban.people.Want;

/**
 * The best plain-PostgreSQL version of matching's hard constraints, for comparison: {@code ST_DWithin} on
 * {@code place.geog} (GiST) plus every remote offer for person → offers, then the 8 weeks of occurrences by the
 * occurrence primary key against the person's windows, and age, target group, status, capacity, accessibility and
 * mode as predicates; offer → persons as one statement over the team's person rows with their jsonb windows and home
 * points (a GiST expression index on the home point, which only the benchmark's database gets). Both rank by a
 * simple score (distance, a shared strength word, trial, want) and return a page of 50 with the total, like the
 * services; neither builds reasons.
 */
final class PostgresMatch {
    static final int PAGE = 50;
    static final int WEEKS = 8;

    private static final Pattern SEPARATORS = Pattern.compile("[、,，・/／\\s]+");
    private static final String AGE_GROUPS = "ARRAY['CHILDREN', 'YOUTH', 'ELDERLY']";
    private static final String HOME = "ST_SetSRID(ST_MakePoint(p.home_lon, p.home_lat), 4326)::geography";
    private static final StraightLineEstimator ESTIMATOR = new StraightLineEstimator();

    private final DataSource dataSource;
    private final LocalDate today;

    PostgresMatch(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    /** Remote offers are proposed within the region, as {@code HardConstraints.REMOTE_REGION_KM} says. */
    private static final int REMOTE_REGION_METRES = 50_000;

    /** The indexes this version needs beyond the app's own: remote offers, and persons' home points. */
    void prepare() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS bench_offer_remote_idx ON offer (place_id) WHERE mode = 'REMOTE'");
            s.execute("CREATE INDEX IF NOT EXISTS bench_person_home_idx ON person USING gist (("
                    + HOME.replace("p.", "") + "))");
            s.execute("ANALYZE offer, person");
        }
    }

    Session open() throws SQLException {
        return new Session(dataSource.getConnection());
    }

    /** One thread's connection and its prepared statements. */
    final class Session implements AutoCloseable {
        private final Connection c;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private final double maxReachMetres;

        Session(Connection c) throws SQLException {
            this.c = c;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT coalesce(max(" + radiusMetres() + "), 0) FROM person p")) {
                rs.next();
                maxReachMetres = rs.getDouble(1);
            }
        }

        /** Person → offers: the offers that fit, best first; answers how many fit. */
        long personToOffers(Profile p) throws SQLException {
            if (p.home() == null) throw new IllegalArgumentException("the benchmark's persons all have a home point");
            boolean noCrowds = p.must(Limitation.NO_CROWDS);
            boolean windows = !p.availability().isEmpty();
            String sessions = "SELECT 1 FROM occurrence x"
                    + (windows
                            ? " JOIN w ON w.d = extract(isodow FROM x.date) AND x.start_time >= w.s AND x.end_time <= w.e"
                            : "")
                    + " WHERE x.offer_id = c.id AND x.date >= ? AND x.date < ? AND NOT x.cancelled";
            StringBuilder sql =
                    new StringBuilder("WITH w(d, s, e) AS (SELECT * FROM unnest(?::int[], ?::time[], ?::time[])),"
                            + " h AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography AS g),"
                            + " c AS (SELECT o.id, o.type, false AS remote, o.strength_tags, o.trial_possible, o.min_age,"
                            + " o.max_age, o.target_groups, o.open_slots, pl.floor, pl.elevator, pl.step_free,"
                            + " ST_Distance(pl.geog, h.g, false) AS m FROM h, place pl JOIN offer o ON o.place_id = pl.id"
                            + " WHERE ST_DWithin(pl.geog, h.g, ?, false) AND pl.status = 'ACTIVE' AND o.type <> 'VENUE'"
                            + " AND o.mode <> 'REMOTE'"
                            + " UNION ALL SELECT o.id, o.type, true, o.strength_tags, o.trial_possible, o.min_age,"
                            + " o.max_age, o.target_groups, o.open_slots, pl.floor, pl.elevator, pl.step_free, NULL"
                            + " FROM h, offer o JOIN place pl ON pl.id = o.place_id"
                            + " WHERE o.mode = 'REMOTE' AND pl.status = 'ACTIVE' AND o.type <> 'VENUE'"
                            + " AND ST_DWithin(pl.geog, h.g, " + REMOTE_REGION_METRES + ", false))"
                            + " SELECT c.id, 0.2 * CASE WHEN c.remote THEN 1 ELSE greatest(0.05, exp(-c.m / 2200.0)) END"
                            + " + 0.3 * (c.strength_tags && ?::text[])::int + 0.05 * c.trial_possible::int"
                            + " + 0.1 * (c.type = ANY (?::text[]))::int AS score, count(*) OVER () FROM c"
                            + " WHERE (c.open_slots IS NULL OR c.open_slots > 0)");
            if (p.age() != null) {
                sql.append(" AND (c.min_age IS NULL OR c.min_age <= ?) AND (c.max_age IS NULL OR c.max_age >= ?)"
                        + " AND NOT (c.type = 'PARTICIPATION' AND cardinality(c.target_groups) > 0"
                        + " AND NOT 'ANYONE' = ANY (c.target_groups) AND c.target_groups <@ " + AGE_GROUPS
                        + " AND NOT c.target_groups && ?::text[])");
            }
            if (p.has(Limitation.WHEELCHAIR) || p.has(Limitation.NO_STAIRS)) {
                sql.append(" AND (c.remote OR (c.step_free AND (c.floor = 1 OR c.elevator)))");
            }
            if (!p.wants().isEmpty() && p.wants().stream().allMatch(w -> w == Want.AT_HOME)) {
                sql.append(" AND c.remote");
            }
            sql.append(" AND ((c.remote AND NOT EXISTS (SELECT 1 FROM occurrence x WHERE x.offer_id = c.id"
                    + " AND x.date >= ? AND x.date < ? AND NOT x.cancelled)) OR EXISTS (" + sessions
                    + (noCrowds ? " AND NOT x.crowded" : "") + "))");
            sql.append(" ORDER BY score DESC, c.id LIMIT ?");
            PreparedStatement s = statement(sql.toString());
            int i = 1;
            List<TimeWindow> ws = p.availability();
            s.setArray(
                    i++,
                    c.createArrayOf(
                            "int4",
                            ws.stream().map(w -> w.weekday().ordinal() + 1).toArray()));
            s.setArray(
                    i++,
                    c.createArrayOf(
                            "time",
                            ws.stream().map(w -> Time.valueOf(w.start())).toArray()));
            s.setArray(
                    i++,
                    c.createArrayOf(
                            "time", ws.stream().map(w -> Time.valueOf(w.end())).toArray()));
            s.setDouble(i++, p.home().lon());
            s.setDouble(i++, p.home().lat());
            s.setDouble(i++, radiusKm(p) * 1000);
            s.setArray(i++, c.createArrayOf("text", words(p).toArray()));
            s.setArray(i++, c.createArrayOf("text", types(p).toArray()));
            if (p.age() != null) {
                s.setInt(i++, p.age());
                s.setInt(i++, p.age());
                s.setArray(i++, c.createArrayOf("text", groups(p.age()).toArray()));
            }
            for (int k = 0; k < 2; k++) {
                s.setDate(i++, Date.valueOf(today));
                s.setDate(i++, Date.valueOf(today.plusWeeks(WEEKS)));
            }
            s.setInt(i, PAGE);
            return total(s);
        }

        /** Offer → persons among those the teams see: the persons who fit, best first; answers how many fit. */
        long offerToPersons(long offerId, List<Long> teams) throws SQLException {
            PreparedStatement facts = statement("SELECT o.mode = 'REMOTE', pl.lat, pl.lon FROM offer o"
                    + " JOIN place pl ON pl.id = o.place_id WHERE o.id = ? AND pl.status = 'ACTIVE'"
                    + " AND (o.open_slots IS NULL OR o.open_slots > 0)");
            facts.setLong(1, offerId);
            boolean remote;
            GeoPoint point;
            try (ResultSet rs = facts.executeQuery()) {
                if (!rs.next()) return 0;
                remote = rs.getBoolean(1);
                point = GeoPoint.of(rs.getDouble(2), rs.getDouble(3));
            }
            String reach = remote
                    ? "(p.home_lat IS NULL OR ST_DWithin(" + HOME + ", t.g, " + REMOTE_REGION_METRES + ", false))"
                    : "(p.home_lat IS NULL OR p.reach_mode IS NULL OR (ST_DWithin(" + HOME + ", t.g, ?, false)"
                            + " AND ST_DWithin(" + HOME + ", t.g, " + radiusMetres() + ", false)))";
            String sql = "WITH t AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography AS g),"
                    + " o AS (SELECT o.type, o.strength_tags, o.min_age, o.max_age, o.target_groups, pl.floor,"
                    + " pl.elevator, pl.step_free FROM offer o JOIN place pl ON pl.id = o.place_id WHERE o.id = ?),"
                    + " s AS (SELECT DISTINCT (ARRAY['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'])"
                    + "[extract(isodow FROM x.date)::int] AS d, x.start_time AS st, x.end_time AS et, x.crowded"
                    + " FROM occurrence x WHERE x.offer_id = ? AND x.date >= ? AND x.date < ? AND NOT x.cancelled),"
                    + " q AS (SELECT p.*, p.age + extract(year FROM age(?::date, p.age_as_of))::int AS age_now"
                    + " FROM person p, t WHERE (p.team_id = ANY (?) OR EXISTS (SELECT 1 FROM person_share ps"
                    + " WHERE ps.person_id = p.id AND ps.team_id = ANY (?))) AND p.closed_on IS NULL AND " + reach
                    + ")"
                    + " SELECT q.id, 0.2 * "
                    + (remote
                            ? "1"
                            : "greatest(0.05, exp(-ST_Distance(" + HOME.replace("p.", "q.")
                                    + ", t.g, false) / 2200.0))")
                    + " + 0.3 * (q.strength_tags && o.strength_tags)::int"
                    + " + 0.1 * ((o.type = 'PARTICIPATION' AND 'PLACE_TO_BE' = ANY (q.wants))"
                    + " OR (o.type = 'VOLUNTEER_ROLE' AND 'ROLE' = ANY (q.wants))"
                    + " OR (o.type = 'WORK_EXPERIENCE' AND 'WORK_EXPERIENCE' = ANY (q.wants)))::int AS score,"
                    + " count(*) OVER () FROM q, o, t"
                    + " WHERE (" + remote + " OR NOT (cardinality(q.wants) > 0 AND q.wants <@ ARRAY['AT_HOME']))"
                    + " AND (q.age_now IS NULL OR ((o.min_age IS NULL OR q.age_now >= o.min_age)"
                    + " AND (o.max_age IS NULL OR q.age_now <= o.max_age)"
                    + " AND NOT (o.type = 'PARTICIPATION' AND cardinality(o.target_groups) > 0"
                    + " AND NOT 'ANYONE' = ANY (o.target_groups) AND o.target_groups <@ " + AGE_GROUPS
                    + " AND NOT (('CHILDREN' = ANY (o.target_groups) AND q.age_now < 18)"
                    + " OR ('YOUTH' = ANY (o.target_groups) AND q.age_now >= 15 AND q.age_now < 40)"
                    + " OR ('ELDERLY' = ANY (o.target_groups) AND q.age_now >= 65)))))"
                    + (remote
                            ? ""
                            : " AND ((o.step_free AND (o.floor = 1 OR o.elevator))"
                                    + " OR NOT (q.constraints @> '[{\"code\": \"WHEELCHAIR\"}]'"
                                    + " OR q.constraints @> '[{\"code\": \"NO_STAIRS\"}]'))")
                    + " AND (" + (remote ? "NOT EXISTS (SELECT 1 FROM s) OR " : "")
                    + "EXISTS (SELECT 1 FROM s WHERE (NOT s.crowded"
                    + " OR NOT q.constraints @> '[{\"code\": \"NO_CROWDS\", \"must\": true}]')"
                    + " AND (jsonb_array_length(q.availability) = 0 OR EXISTS (SELECT 1 FROM"
                    + " jsonb_to_recordset(q.availability) AS w(weekday text, start time, \"end\" time)"
                    + " WHERE w.weekday = s.d AND s.st >= w.start AND s.et <= w.\"end\"))))"
                    + " ORDER BY score DESC, q.id LIMIT ?";
            PreparedStatement s = statement(sql);
            int i = 1;
            s.setDouble(i++, point.lon());
            s.setDouble(i++, point.lat());
            s.setLong(i++, offerId);
            s.setLong(i++, offerId);
            s.setDate(i++, Date.valueOf(today));
            s.setDate(i++, Date.valueOf(today.plusWeeks(WEEKS)));
            s.setDate(i++, Date.valueOf(today));
            s.setArray(i++, c.createArrayOf("bigint", teams.toArray()));
            s.setArray(i++, c.createArrayOf("bigint", teams.toArray()));
            if (!remote) s.setDouble(i++, maxReachMetres);
            s.setInt(i, PAGE);
            return total(s);
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement s = statements.get(sql);
            if (s == null) {
                s = c.prepareStatement(sql);
                statements.put(sql, s);
            }
            return s;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) s.close();
            c.close();
        }
    }

    /** The page's rows are read; answers the total of the first (every row carries it), 0 when none fit. */
    private static long total(PreparedStatement s) throws SQLException {
        long total = 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getDouble(2);
                total = rs.getLong(3);
            }
        }
        return total;
    }

    /** How far the person may go in metres, straight line, as SQL over a person row {@code p}. */
    private static String radiusMetres() {
        StringBuilder overhead = new StringBuilder("CASE p.reach_mode");
        StringBuilder perMinute = new StringBuilder("CASE p.reach_mode");
        for (TravelMode m : TravelMode.values()) {
            overhead.append(" WHEN '%s' THEN %d".formatted(m.name(), m.overheadMinutes()));
            perMinute.append(" WHEN '%s' THEN %s".formatted(m.name(), m.speedKmh() / m.detourFactor() / 60 * 1000));
        }
        overhead.append(" END");
        perMinute.append(" END");
        return "least(coalesce(p.reach_km * 1000, 'Infinity'), CASE WHEN p.reach_minutes IS NULL THEN 'Infinity'"
                + " ELSE greatest(0, p.reach_minutes - " + overhead + ") * " + perMinute + " END)";
    }

    /** The same radius as matching's: the km limit, or how far the minutes take the person, or 10 km. */
    static double radiusKm(Profile p) {
        if (p.reach() == null) return 10;
        double km = p.reach().km() == null ? Double.MAX_VALUE : p.reach().km();
        if (p.reach().minutes() != null) {
            km = Math.min(
                    km, ESTIMATOR.maxStraightKm(p.reach().mode(), p.reach().minutes()));
        }
        return km;
    }

    /** The person's strength words, matched against an offer's strength tags by the score. */
    private static Set<String> words(Profile p) {
        Set<String> words = new LinkedHashSet<>(p.strengthTags());
        for (String text : new String[] {p.strengths(), p.interests(), p.pastWork()}) {
            if (text == null) continue;
            for (String w : SEPARATORS.split(text)) if (!w.isBlank()) words.add(w.strip());
        }
        return words;
    }

    private static List<String> types(Profile p) {
        List<String> types = new ArrayList<>();
        if (p.wants().contains(Want.PLACE_TO_BE)) types.add("PARTICIPATION");
        if (p.wants().contains(Want.ROLE)) types.add("VOLUNTEER_ROLE");
        if (p.wants().contains(Want.WORK_EXPERIENCE)) types.add("WORK_EXPERIENCE");
        return types;
    }

    /** The age groups an age puts a person in, as matching decides them. */
    private static List<String> groups(int age) {
        List<String> groups = new ArrayList<>();
        if (age < 18) groups.add("CHILDREN");
        if (age >= 15 && age < 40) groups.add("YOUTH");
        if (age >= 65) groups.add("ELDERLY");
        return groups;
    }
}
