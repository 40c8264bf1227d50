package org.deban.matching.bench;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Latency percentiles of one thread and throughput of several over the same list of queries, of any kind. */
final class Latency {

    /** One thread's way to answer queries (a PostgreSQL session holds its own connection). */
    interface Runner<T> extends AutoCloseable {
        /** Answers the query; returns how many results fit, so the work cannot be optimised away. */
        long run(T query) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface Opener<T> {
        Runner<T> open() throws Exception;
    }

    /**
     * @param p50 median latency in ms, one thread
     * @param p99 99th percentile in ms (nearest rank), one thread
     * @param perSecond queries per second with {@code threads} threads taking the queries in turn
     * @param meanFound mean number of results that fit per query (both sides should find about the same)
     */
    record Stats(int queries, double p50, double p99, double max, double perSecond, int threads, double meanFound) {
        @Override
        public String toString() {
            return "p50 %.2f ms, p99 %.2f ms, max %.1f ms, %.1f q/s with %d threads, %.1f found per query"
                    .formatted(p50, p99, max, perSecond, threads, meanFound);
        }
    }

    private Latency() {}

    /** Answers every query once, results unused: JIT, caches and plans warm up. */
    static <T> void warmUp(List<T> queries, Opener<T> opener) throws Exception {
        try (Runner<T> runner = opener.open()) {
            for (T query : queries) runner.run(query);
        }
    }

    static <T> Stats measure(List<T> queries, Opener<T> opener, int threads) throws Exception {
        double[] millis = new double[queries.size()];
        long found = 0;
        try (Runner<T> runner = opener.open()) {
            for (int i = 0; i < millis.length; i++) {
                long started = System.nanoTime();
                found += runner.run(queries.get(i));
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        double perSecond = throughput(queries, opener, threads);
        return new Stats(
                queries.size(),
                percentile(millis, 0.50),
                percentile(millis, 0.99),
                millis[millis.length - 1],
                perSecond,
                threads,
                (double) found / queries.size());
    }

    private static <T> double throughput(List<T> queries, Opener<T> opener, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            List<Future<Long>> done = pool.invokeAll(Collections.nCopies(threads, () -> {
                long sink = 0;
                try (Runner<T> runner = opener.open()) {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        sink += runner.run(queries.get(i));
                    }
                }
                return sink;
            }));
            for (Future<Long> f : done) f.get();
            return queries.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
