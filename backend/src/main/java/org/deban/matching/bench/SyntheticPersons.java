package org.deban.matching.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Invented persons for the matching benchmark, written in bulk to the person table of the benchmark's database: names
 * that say they are made up (架空), strengths from the words the generated offers ask for, one to three weekly windows,
 * reach on foot, by bicycle or by bus, a home point near a generated place of one prefecture per team, and now and
 * then a constraint. The main team holds {@code persons}; two smaller teams elsewhere make visibility matter, and a
 * few of theirs are shared with the main team as a support meeting would.
 */
final class SyntheticPersons {
    /** A team and the prefecture its persons live in. */
    record Team(long id, String name, String prefecture, int persons) {}

    private static final String[][] WINDOWS = {
        {"09:00", "12:00"},
        {"10:00", "16:00"},
        {"13:00", "17:00"},
        {"17:00", "21:00"},
        {"09:00", "17:00"},
        {"08:00", "12:00"}
    };
    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    private static final String[] WANTS = {"PLACE_TO_BE", "ROLE", "WORK_EXPERIENCE"};
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final Random random;
    private final PrintStream err;

    SyntheticPersons(DataSource dataSource, long seed, PrintStream err) {
        this.dataSource = dataSource;
        this.random = new Random(seed * 7_919 + 17);
        this.err = err;
    }

    /** Creates the teams and their persons; answers the teams, the main one first. */
    List<Team> create(int persons) throws SQLException {
        List<Team> teams = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> words = strengthWords(c);
            String[][] plan = {
                {"ベンチ用 地区担当チーム（架空）", "愛知県", Integer.toString(persons)},
                {"ベンチ用 包括支援チーム（架空）", "大阪府", Integer.toString(Math.max(1, persons / 10))},
                {"ベンチ用 自立相談チーム（架空）", "北海道", Integer.toString(Math.max(1, persons / 20))}
            };
            Long existing = existingTeam(c, plan[0][0]);
            for (String[] t : plan) {
                int n = Integer.parseInt(t[2]);
                if (existing != null) {
                    // A second run on the same database (the script recreates it; a hand-run may not).
                    teams.add(new Team(existingTeam(c, t[0]), t[0], t[1], n));
                    continue;
                }
                long id = team(c, t[0]);
                insert(c, id, homes(c, t[1], n), words);
                teams.add(new Team(id, t[0], t[1], n));
                err.printf("bench: %,d invented persons in %s (%s)%n", n, t[0], t[1]);
            }
            if (existing == null) share(c, teams.get(1).id(), teams.getFirst().id());
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE person, person_share");
            }
        }
        return teams;
    }

    /** The words the generated offers ask for (strength tags), which the demo city's offers are made of. */
    private static List<String> strengthWords(Connection c) throws SQLException {
        List<String> words = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                        "SELECT DISTINCT w FROM (SELECT unnest(strength_tags) AS w FROM offer) t WHERE w <> '' ORDER BY w");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) words.add(rs.getString(1));
        }
        if (words.isEmpty()) words.addAll(List.of("調理", "園芸", "パソコン", "傾聴", "手芸", "書道"));
        return words;
    }

    private static @Nullable Long existingTeam(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM team WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long team(Connection c, String name) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO team (name, kind) VALUES (?, 'DISTRICT') RETURNING id")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** {@code n} points within about a kilometre of places of the prefecture, drawn with the seed. */
    private List<double[]> homes(Connection c, String prefecture, int n) throws SQLException {
        List<double[]> places = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT lat, lon FROM place WHERE address LIKE ? AND sensitivity = 'EXACT' ORDER BY id")) {
            s.setString(1, prefecture + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) places.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
            }
        }
        if (places.isEmpty()) throw new IllegalStateException("no generated place in " + prefecture);
        List<double[]> homes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = places.get(random.nextInt(places.size()));
            homes.add(
                    new double[] {p[0] + (random.nextDouble() - 0.5) * 0.02, p[1] + (random.nextDouble() - 0.5) * 0.024
                    });
        }
        return homes;
    }

    private void insert(Connection c, long team, List<double[]> homes, List<String> words) throws SQLException {
        LocalDate today = LocalDate.now();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO person (team_id, display_name, age, age_as_of, strengths, interests, strength_tags,"
                        + " past_work, availability, reach_mode, reach_minutes, reach_km, home_lat, home_lon,"
                        + " home_label, constraints, wants, closed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            for (int i = 0; i < homes.size(); i++) {
                int k = 1;
                s.setLong(k++, team);
                s.setString(k++, "架空の人 %d-%05d".formatted(team, i + 1));
                s.setInt(k++, 15 + random.nextInt(76));
                s.setObject(k++, today);
                List<String> strengths = some(words, 1 + random.nextInt(3));
                s.setString(k++, String.join("、", strengths));
                s.setString(k++, random.nextInt(3) == 0 ? pick(words) : null);
                s.setArray(
                        k++,
                        c.createArrayOf("text", some(words, random.nextInt(3)).toArray()));
                s.setString(k++, random.nextInt(4) == 0 ? pick(words) + "の仕事をしていた" : null);
                s.setString(k++, availability());
                int mode = random.nextInt(100);
                String reach = mode < 40 ? "WALK" : mode < 75 ? "BICYCLE" : "BUS";
                s.setString(k++, reach);
                s.setInt(k++, reach.equals("BUS") ? 20 + random.nextInt(41) : 10 + random.nextInt(21));
                if (random.nextInt(5) == 0) s.setDouble(k++, 1 + random.nextInt(5));
                else s.setNull(k++, Types.DOUBLE);
                s.setDouble(k++, homes.get(i)[0]);
                s.setDouble(k++, homes.get(i)[1]);
                s.setString(k++, "最寄りの駅（架空）");
                s.setString(k++, constraints());
                s.setArray(k++, c.createArrayOf("text", wants().toArray()));
                s.setObject(k++, random.nextInt(100) < 3 ? today.minusDays(30) : null, Types.DATE);
                s.addBatch();
                if ((i + 1) % BATCH == 0) s.executeBatch();
            }
            s.executeBatch();
        }
    }

    private String availability() {
        List<String> windows = new ArrayList<>();
        Set<String> days = new LinkedHashSet<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String day = DAYS[random.nextInt(DAYS.length)];
            if (!days.add(day)) continue;
            String[] w = WINDOWS[random.nextInt(WINDOWS.length)];
            windows.add("{\"weekday\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(day, w[0], w[1]));
        }
        return "[" + String.join(", ", windows) + "]";
    }

    private String constraints() {
        List<String> out = new ArrayList<>();
        if (random.nextInt(10) == 0) out.add(constraint("NO_CROWDS", random.nextBoolean()));
        if (random.nextInt(10) == 0) out.add(constraint("PREFERS_NOT_TO_TALK", false));
        if (random.nextInt(20) == 0) out.add(constraint("NEEDS_COMPANION_FIRST_TIME", false));
        if (random.nextInt(40) == 0) out.add(constraint("WHEELCHAIR", true));
        else if (random.nextInt(40) == 0) out.add(constraint("NO_STAIRS", true));
        return "[" + String.join(", ", out) + "]";
    }

    private static String constraint(String code, boolean must) {
        return "{\"code\": \"%s\", \"must\": %b}".formatted(code, must);
    }

    private List<String> wants() {
        if (random.nextInt(100) < 3) return List.of("AT_HOME");
        return some(List.of(WANTS), 1 + random.nextInt(2));
    }

    /** A support meeting's decision: one in a hundred of the other team's persons shared with the main team. */
    private static void share(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO person_share (person_id, team_id, basis, decided_on)"
                + " SELECT id, ?, 'SUPPORT_MEETING', current_date FROM person WHERE team_id = ? AND id % 100 = 0")) {
            s.setLong(1, to);
            s.setLong(2, from);
            s.executeUpdate();
        }
    }

    private List<String> some(List<String> from, int n) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) picked.add(from.get(random.nextInt(from.size())));
        return List.copyOf(picked);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
