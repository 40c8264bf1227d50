package org.deban.search.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.deban.search.SearchRequest;

/** Latency percentiles of one thread and throughput of several, over the same list of requests. */
final class Timing {

    /** One thread's way to run searches (a PostgreSQL session holds its own connection). */
    interface Searcher extends AutoCloseable {
        /** Runs the search; returns a number from its result, so the work cannot be optimised away. */
        long search(SearchRequest request) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface Searchers {
        Searcher open() throws Exception;
    }

    /**
     * @param p50 median latency in ms, one thread
     * @param p99 99th percentile in ms (nearest rank), one thread
     * @param perSecond queries per second with {@code threads} threads taking the requests in turn
     * @param slowest the slowest request and its time, for the log
     */
    record Stats(int queries, double p50, double p99, double perSecond, int threads, String slowest) {}

    private Timing() {}

    /** Runs every request once, results unused: JIT, caches and plans warm up. */
    static void warmUp(List<SearchRequest> requests, Searchers searchers) throws Exception {
        try (Searcher searcher = searchers.open()) {
            for (SearchRequest request : requests) searcher.search(request);
        }
    }

    static Stats measure(List<SearchRequest> requests, Searchers searchers, int threads) throws Exception {
        double[] millis = new double[requests.size()];
        long sink = 0;
        int slowest = 0;
        try (Searcher searcher = searchers.open()) {
            for (int i = 0; i < millis.length; i++) {
                long started = System.nanoTime();
                sink += searcher.search(requests.get(i));
                millis[i] = (System.nanoTime() - started) / 1e6;
                if (millis[i] > millis[slowest]) slowest = i;
            }
        }
        String slow = "%s %.0f ms".formatted(QueryMix.describe(requests.get(slowest)), millis[slowest]);
        Arrays.sort(millis);
        double perSecond = throughput(requests, searchers, threads);
        if (sink == Long.MIN_VALUE) System.err.println(); // keeps the results alive
        return new Stats(requests.size(), percentile(millis, 0.50), percentile(millis, 0.99), perSecond, threads, slow);
    }

    private static double throughput(List<SearchRequest> requests, Searchers searchers, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            List<Future<Long>> done = pool.invokeAll(java.util.Collections.nCopies(threads, () -> {
                long sink = 0;
                try (Searcher searcher = searchers.open()) {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        sink += searcher.search(requests.get(i));
                    }
                }
                return sink;
            }));
            for (Future<Long> f : done) f.get();
            return requests.size() / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
