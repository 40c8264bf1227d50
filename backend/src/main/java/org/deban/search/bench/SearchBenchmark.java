package org.deban.search.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.deban.catalogue.offer.OfferService;
import org.deban.generate.NationalGenerator;
import org.deban.gis.GeoPoint;
import org.deban.schedule.ScheduleService;
import org.deban.search.SearchIndexer;
import org.deban.search.SearchRequest;
import org.deban.search.SearchService;
import org.deban.search.bench.QueryMix.Kind;
import org.deban.search.bench.Timing.Stats;
import org.jspecify.annotations.Nullable;

/**
 * {@code deban.jar bench-search [--sizes 10000,100000,500000] [--queries N] [--seed S]} ({@code ./deban bench
 * search}): for each catalogue size (offers, grown with the national generator), a full reindex, the query mix on the
 * Lucene search service in-process and on {@link PostgresSearch}, a {@link Breakdown} of the radius queries, and
 * write-to-searchable. Prints markdown tables.
 * The database must be a throwaway one: generated places are added to it and {@code bench_doc} is created there.
 */
public final class SearchBenchmark {
    static final String USAGE = "usage: ./deban bench search [--sizes 10000,100000,500000] [--queries N] [--seed S]";
    private static final int THREADS = 2;
    private static final int WRITE_TRIES = 11;

    record Options(List<Integer> sizes, int queries, long seed) {}

    /** What one catalogue size measured. */
    record Report(
            long offers,
            long documents,
            double reindexSeconds,
            long indexBytes,
            long pgDocuments,
            double pgBuildSeconds,
            long pgBytes,
            Map<Kind, Stats> lucene,
            Map<Kind, Stats> postgres,
            Overlap.Summary overlap,
            List<Breakdown.Row> breakdown,
            double[] writeMillis) {}

    private final ApplicationContext context;
    private final DataSource dataSource;
    private final Options options;
    private final PrintStream err = System.err;

    private SearchBenchmark(ApplicationContext context, Options options) {
        this.context = context;
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        this.options = options;
    }

    public static int run(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench-search: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (ApplicationContext context = ApplicationContext.builder()
                .environments("cli")
                .deduceEnvironment(false)
                .start()) {
            new SearchBenchmark(context, options).runAll();
            return 0;
        } catch (Exception e) {
            System.err.println("bench-search failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private void runAll() throws Exception {
        String database = database();
        if (!database.contains("bench")) {
            // It adds generated places and tables: never to a database that may hold someone's catalogue.
            throw new IllegalStateException("refusing to run on database " + database
                    + ": the benchmark writes generated data, use a database named *bench* (./deban bench does)");
        }
        List<Report> reports = new ArrayList<>();
        for (int size : options.sizes()) {
            reports.add(measure(size));
            // After each size, so a long run's first results are not lost to a later failure.
            System.out.println(Tables.markdown(reports, machine()));
        }
    }

    private Report measure(int size) throws Exception {
        long offers = grow(size);
        SearchIndexer indexer = context.getBean(SearchIndexer.class);
        SearchService search = context.getBean(SearchService.class);

        err.printf("bench: %,d offers: full reindex%n", offers);
        long reindexStarted = System.nanoTime();
        long documents = indexer.rebuild(n -> err.printf("\rbench: reindexing %,d documents", n));
        double reindexSeconds = (System.nanoTime() - reindexStarted) / 1e9;
        long indexBytes = indexSize();
        err.printf(
                "%nbench: reindexed %,d documents in %.1f s, %.1f MB%n", documents, reindexSeconds, indexBytes / 1e6);

        PostgresSearch postgres = new PostgresSearch(
                dataSource, context.getBean(ScheduleService.class).today());
        err.println("bench: building bench_doc for PostgreSQL");
        long started = System.nanoTime();
        long pgDocuments = postgres.build();
        double pgBuildSeconds = (System.nanoTime() - started) / 1e9;
        err.printf("bench: bench_doc: %,d rows in %.1f s%n", pgDocuments, pgBuildSeconds);

        Map<Kind, List<SearchRequest>> mix = QueryMix.make(places(200), options.queries(), options.seed());
        Overlap.Summary overlap = Overlap.check(search, postgres, mix, err);

        Timing.Searchers lucene = () -> request -> search.search(request).total();
        Timing.Searchers pg = () -> {
            PostgresSearch.Session session = postgres.open();
            return new Timing.Searcher() {
                @Override
                public long search(SearchRequest request) throws Exception {
                    return session.search(request).total();
                }

                @Override
                public void close() throws Exception {
                    session.close();
                }
            };
        };
        Map<Kind, Stats> luceneStats = new EnumMap<>(Kind.class);
        Map<Kind, Stats> pgStats = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) Timing.warmUp(mix.get(kind), lucene);
        for (Kind kind : Kind.values()) {
            luceneStats.put(kind, Timing.measure(mix.get(kind), lucene, THREADS));
            err.printf("bench: Lucene %s: %s%n", kind.label, luceneStats.get(kind));
        }
        for (Kind kind : Kind.values()) {
            List<SearchRequest> requests = mix.get(kind);
            Timing.warmUp(requests.subList(0, Math.min(requests.size(), 20)), pg);
            pgStats.put(kind, Timing.measure(requests, pg, THREADS));
            err.printf("bench: PostgreSQL %s: %s%n", kind.label, pgStats.get(kind));
        }

        err.println("bench: where radius queries' time goes");
        List<Breakdown.Row> breakdown = Breakdown.measure(search, mix, indexDir(), err);

        double[] write = WriteProbe.run(
                dataSource, context.getBean(OfferService.class), search, indexer, WRITE_TRIES, options.seed());
        err.printf("bench: write-to-searchable ms: %s%n", Arrays.toString(write));
        return new Report(
                offers,
                documents,
                reindexSeconds,
                indexBytes,
                pgDocuments,
                pgBuildSeconds,
                postgres.sizeOnDisk(),
                luceneStats,
                pgStats,
                overlap,
                breakdown,
                write);
    }

    /** Generates places (about two offers each) until the catalogue holds at least {@code size} offers. */
    private long grow(int size) throws SQLException {
        return grow(context, dataSource, size, options.seed(), err);
    }

    /**
     * Generates places until the catalogue holds at least {@code size} offers (the same rows for the same seed and
     * sizes); answers how many it holds. The matching benchmark grows its corpus the same way.
     */
    public static long grow(ApplicationContext context, DataSource dataSource, int size, long seed, PrintStream err)
            throws SQLException {
        NationalGenerator generator = context.getBean(NationalGenerator.class);
        long offers = countOffers(dataSource);
        for (int round = 0; offers < size; round++) {
            int places = (int) Math.max(1, Math.ceil((size - offers) / 2.0));
            err.printf("bench: %,d offers, generating %,d places%n", offers, places);
            generator.generate(places, seed * 1_000_003 + size + round, line -> err.println("bench: " + line));
            offers = countOffers(dataSource);
        }
        return offers;
    }

    private static long countOffers(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM offer");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Points of {@code n} generated places, the same for the same seed and catalogue. */
    private List<GeoPoint> places(int n) throws SQLException {
        List<GeoPoint> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT lat, lon FROM place ORDER BY md5(id || ':' || ?) LIMIT ?")) {
            s.setLong(1, options.seed());
            s.setInt(2, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) points.add(GeoPoint.of(rs.getDouble(1), rs.getDouble(2)));
            }
        }
        return points;
    }

    private String database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getCatalog();
        }
    }

    /**
     * The committed index's files in DEBAN_INDEX_DIR, which the benchmark owns: what SearchIndex.sizeOnDisk() counts
     * (that method is the index's own, not visible here).
     */
    private static long indexSize() throws IOException {
        try (Stream<Path> files = Files.list(indexDir())) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static Path indexDir() {
        String dir = System.getenv("DEBAN_INDEX_DIR");
        if (dir == null || dir.isBlank()) throw new IllegalStateException("DEBAN_INDEX_DIR is not set");
        return Path.of(dir);
    }

    private String machine() {
        String pg;
        try {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s =
                            c.prepareStatement("SELECT split_part(version(), ' ', 2), postgis_lib_version()");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                pg = "PostgreSQL " + rs.getString(1) + " + PostGIS " + rs.getString(2);
            }
        } catch (SQLException e) {
            pg = "PostgreSQL (version unknown)";
        }
        return "%d cores, JDK %s, %s, %d queries per kind, seed %d"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.version().feature(),
                        pg,
                        options.queries(),
                        options.seed());
    }

    static Options parse(String[] args) {
        List<Integer> sizes = List.of(10_000, 100_000, 500_000);
        int queries = 300;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(required(value, "--sizes").split(","))
                            .map(s -> Integer.parseInt(s.strip().replace("_", "")))
                            .sorted()
                            .toList();
                case "--queries" -> queries = Integer.parseInt(required(value, "--queries"));
                case "--seed" -> seed = Long.parseLong(required(value, "--seed"));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            i++;
        }
        if (sizes.isEmpty() || sizes.getFirst() < 1) throw new IllegalArgumentException("--sizes must be positive");
        if (queries < 10) throw new IllegalArgumentException("--queries must be at least 10");
        return new Options(sizes, queries, seed);
    }

    private static String required(@Nullable String value, String option) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }
}
