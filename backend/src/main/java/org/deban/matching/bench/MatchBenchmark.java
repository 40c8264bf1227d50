package org.deban.matching.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.common.PageRequest;
import org.deban.matching.CandidateService;
import org.deban.matching.MatchService;
import org.deban.matching.bench.Latency.Stats;
import org.deban.people.PersonService;
import org.deban.people.Profile;
import org.deban.schedule.ScheduleService;
import org.deban.search.SearchIndexer;
import org.deban.search.bench.SearchBenchmark;
import org.jspecify.annotations.Nullable;

/**
 * {@code deban.jar bench-match [--sizes 100000,500000] [--persons 10000] [--queries N] [--seed S]} ({@code ./deban
 * bench match}): for each catalogue size (offers, grown with the national generator as the search benchmark does)
 * a full reindex, then person → offers ({@link MatchService#match}, stored profiles restricted by their reach) and
 * offer → persons ({@link CandidateService}, over the main team's invented persons) in-process, each beside
 * {@link PostgresMatch}. Prints markdown tables. The database must be a throwaway one.
 */
public final class MatchBenchmark {
    static final String USAGE =
            "usage: ./deban bench match [--sizes 100000,500000] [--persons 10000] [--queries N] [--seed S] [--keep]";
    private static final int THREADS = 2;
    private static final int WARM_UP = 60;
    private static final int COMPARED = 50;

    /** {@code keep}: the index of the last run is brought up to date instead of rebuilt (no reindex time). */
    record Options(List<Integer> sizes, int persons, int queries, long seed, boolean keep) {}

    /** What one catalogue size measured, per direction: Deban's services and PostgreSQL, then how often they agree. */
    record Report(
            long offers,
            long documents,
            double reindexSeconds,
            long teamPersons,
            Stats match,
            Stats matchPg,
            Stats candidates,
            Stats candidatesPg,
            int[] matchAgree,
            int[] candidatesAgree) {}

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Options options;
    private final PrintStream err = System.err;
    private @Nullable List<SyntheticPersons.Team> teams;

    private MatchBenchmark(ApplicationContext context, Options options) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        this.options = options;
    }

    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-match: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .deduceEnvironment(false)
                .start()) {
            new MatchBenchmark(context, options).runAll();
            return 0;
        } catch (Exception e) {
            System.err.println("bench-match failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private void runAll() throws Exception {
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getCatalog();
        }
        if (!database.contains("bench")) {
            throw new IllegalStateException("refusing to run on database " + database
                    + ": the benchmark writes generated data and invented persons, use a database named *bench*");
        }
        List<Report> reports = new ArrayList<>();
        for (int size : options.sizes()) {
            reports.add(measure(size));
            System.out.println(MatchTables.markdown(reports, machine()));
        }
    }

    private Report measure(int size) throws Exception {
        long offers = SearchBenchmark.grow(context, dataSource, size, options.seed(), err);
        SearchIndexer indexer = context.getBean(SearchIndexer.class);
        long documents;
        double reindexSeconds = Double.NaN;
        if (options.keep()) {
            err.printf("bench: %,d offers: bringing the kept index up to date (rebuilt if there is none)%n", offers);
            indexer.catchUp();
            documents = indexer.documentsInDatabase();
        } else {
            err.printf("bench: %,d offers: full reindex%n", offers);
            long started = System.nanoTime();
            documents = indexer.rebuild(n -> err.printf("\rbench: reindexing %,d documents", n));
            reindexSeconds = (System.nanoTime() - started) / 1e9;
            err.printf("%nbench: reindexed %,d documents in %.1f s%n", documents, reindexSeconds);
        }
        if (teams == null) teams = new SyntheticPersons(dataSource, options.seed(), err).create(options.persons());
        SyntheticPersons.Team main = teams.getFirst();
        LocalDate today = context.getBean(ScheduleService.class).today();
        PostgresMatch postgres = new PostgresMatch(dataSource, today);
        postgres.prepare();

        PersonService persons = context.getBean(PersonService.class);
        List<Long> allTeams = teams.stream().map(SyntheticPersons.Team::id).toList();
        List<Profile> profiles = sample(persons.profilesVisibleTo(allTeams), options.queries());
        long teamPersons = persons.profilesVisibleTo(List.of(main.id())).size();
        List<Long> offerIds = offersNear(main.prefecture(), options.queries());
        err.printf(
                "bench: %d profiles, %d offers in %s; the main team sees %,d open persons%n",
                profiles.size(), offerIds.size(), main.prefecture(), teamPersons);

        MatchService match = context.getBean(MatchService.class);
        CandidateService candidates = context.getBean(CandidateService.class);
        Caller csw = new Caller(null, "bench", Role.CSW, null, List.of(main.id()), null, null);
        PageRequest page = new PageRequest(0, PostgresMatch.PAGE);
        Latency.Opener<Profile> deban = () -> p -> match.match(p, page).total();
        Latency.Opener<Profile> pg = () -> {
            PostgresMatch.Session session = postgres.open();
            return runner(session, session::personToOffers);
        };
        Latency.Opener<Long> debanCandidates =
                () -> id -> candidates.candidates(id, csw, page).total();
        Latency.Opener<Long> pgCandidates = () -> {
            PostgresMatch.Session session = postgres.open();
            return runner(session, id -> session.offerToPersons(id, List.of(main.id())));
        };

        int[] matchAgree = agree(profiles, deban, pg);
        int[] candidatesAgree = agree(offerIds, debanCandidates, pgCandidates);
        err.printf(
                "bench: same totals: person → offers %d / %d, offer → persons %d / %d%n",
                matchAgree[0], matchAgree[1], candidatesAgree[0], candidatesAgree[1]);
        Stats m = timed("person → offers, Deban", profiles, deban);
        Stats mp = timed("person → offers, PostgreSQL", profiles, pg);
        Stats c = timed("offer → persons, Deban", offerIds, debanCandidates);
        Stats cp = timed("offer → persons, PostgreSQL", offerIds, pgCandidates);
        return new Report(offers, documents, reindexSeconds, teamPersons, m, mp, c, cp, matchAgree, candidatesAgree);
    }

    private interface Query<T> {
        long run(T query) throws Exception;
    }

    private static <T> Latency.Runner<T> runner(PostgresMatch.Session session, Query<T> query) {
        return new Latency.Runner<>() {
            @Override
            public long run(T q) throws Exception {
                return query.run(q);
            }

            @Override
            public void close() throws Exception {
                session.close();
            }
        };
    }

    private <T> Stats timed(String label, List<T> queries, Latency.Opener<T> opener) throws Exception {
        Latency.warmUp(queries.subList(0, Math.min(queries.size(), WARM_UP)), opener);
        Stats stats = Latency.measure(queries, opener, THREADS);
        err.printf("bench: %s: %s%n", label, stats);
        return stats;
    }

    /** Of the first queries, how many get the same number of fitting results from both; and how many were compared. */
    private static <T> int[] agree(List<T> queries, Latency.Opener<T> a, Latency.Opener<T> b) throws Exception {
        List<T> compared = queries.subList(0, Math.min(queries.size(), COMPARED));
        int same = 0;
        try (Latency.Runner<T> left = a.open();
                Latency.Runner<T> right = b.open()) {
            for (T q : compared) if (left.run(q) == right.run(q)) same++;
        }
        return new int[] {same, compared.size()};
    }

    private List<Profile> sample(List<Profile> all, int n) {
        List<Profile> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(options.seed()));
        return List.copyOf(shuffled.subList(0, Math.min(n, shuffled.size())));
    }

    /** Offers of active places in the main team's prefecture (where its persons live), drawn with the seed. */
    private List<Long> offersNear(String prefecture, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT o.id FROM offer o JOIN place pl ON pl.id = o.place_id"
                        + " WHERE pl.address LIKE ? AND pl.status = 'ACTIVE' AND o.type <> 'VENUE'"
                        + " ORDER BY md5(o.id || ':' || ?) LIMIT ?")) {
            s.setString(1, prefecture + "%");
            s.setLong(2, options.seed());
            s.setInt(3, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private String machine() {
        String pg;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT split_part(version(), ' ', 2), postgis_lib_version()");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            pg = "PostgreSQL " + rs.getString(1) + " + PostGIS " + rs.getString(2);
        } catch (SQLException e) {
            pg = "PostgreSQL (version unknown)";
        }
        return "%d cores, JDK %s, %s, %d queries per direction, %,d persons in the main team, seed %d"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.version().feature(),
                        pg,
                        options.queries(),
                        options.persons(),
                        options.seed());
    }

    static Options parse(String[] args) {
        List<Integer> sizes = List.of(100_000, 500_000);
        int persons = 10_000;
        int queries = 200;
        long seed = 1;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                keep = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(required(value, "--sizes").split(","))
                            .map(s -> Integer.parseInt(s.strip().replace("_", "")))
                            .sorted()
                            .toList();
                case "--persons" ->
                    persons = Integer.parseInt(required(value, "--persons").replace("_", ""));
                case "--queries" -> queries = Integer.parseInt(required(value, "--queries"));
                case "--seed" -> seed = Long.parseLong(required(value, "--seed"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            i++;
        }
        if (sizes.isEmpty() || sizes.getFirst() < 1) throw new IllegalArgumentException("--sizes must be positive");
        if (persons < 1) throw new IllegalArgumentException("--persons must be positive");
        if (queries < 10) throw new IllegalArgumentException("--queries must be at least 10");
        return new Options(sizes, persons, queries, seed, keep);
    }

    private static String required(@Nullable String value, String option) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }
}
