package org.deban.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index in step with PostgreSQL. Every catalogue write appends an outbox row
 * in its own transaction; this indexer reads the rows of every transaction older than the oldest
 * one still running ({@code pg_snapshot_xmin}), so it never passes a row that commits late, applies
 * them (re-reading the entities, so applying twice does no harm) and makes them searchable. It polls
 * every {@value #POLL_MILLIS} ms: a write is searchable well within a second.
 */
@Singleton
public class SearchIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    static final long POLL_MILLIS = 200;
    private static final long COMMIT_MILLIS = 5_000;
    private static final int REBUILD_ABOVE = 50_000;

    private final SearchIndex index;
    private final SearchSource source;
    private @Nullable ScheduledExecutorService poller;
    private @Nullable String horizon;
    private long lastCommit;

    SearchIndexer(SearchIndex index, SearchSource source) {
        this.index = index;
        this.source = source;
    }

    /**
     * Rebuilds the whole index from one snapshot of the database.
     *
     * @param progress receives the number of documents written so far
     * @return documents written
     */
    public synchronized long rebuild(LongConsumer progress) throws SQLException, IOException {
        // Japanese analysis (kuromoji) is most of the work: documents are analysed on every core
        // while this thread streams rows from PostgreSQL.
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore queued = new Semaphore(threads * 64);
        AtomicLong written = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        String snapshotHorizon;
        try (Connection c = source.connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            snapshotHorizon = currentHorizon(c);
            index.deleteAll();
            source.all(c, entry -> {
                queued.acquireUninterruptibly();
                workers.execute(() -> {
                    try {
                        index.add(entry);
                        long n = written.incrementAndGet();
                        if (n % 10_000 == 0) progress.accept(n);
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        queued.release();
                    }
                });
            });
            c.commit();
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        if (failure.get() != null) throw new IOException("rebuilding the search index failed", failure.get());
        index.commit(snapshotHorizon);
        index.refresh();
        horizon = snapshotHorizon;
        lastCommit = System.currentTimeMillis();
        progress.accept(written.get());
        return written.get();
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** How many documents a rebuild writes: every offer and every place. */
    public long documentsInDatabase() throws SQLException {
        try (Connection c = source.connection();
                PreparedStatement s =
                        c.prepareStatement("SELECT (SELECT count(*) FROM offer) + (SELECT count(*) FROM place)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Applies every outbox row committed since the last call; returns how many rows. */
    public synchronized int catchUp() throws SQLException, IOException {
        if (horizon == null) {
            horizon = index.committedHorizon();
            if (horizon == null) {
                rebuild(n -> {});
                return 0;
            }
        }
        Set<Long> offers = new HashSet<>();
        Set<Long> places = new HashSet<>();
        Set<Long> organizations = new HashSet<>();
        String next;
        int rows = 0;
        try (Connection c = source.connection()) {
            next = currentHorizon(c);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT entity_type, entity_id FROM outbox" + " WHERE tx >= ?::xid8 AND tx < ?::xid8")) {
                s.setString(1, horizon);
                s.setString(2, next);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        long id = rs.getLong(2);
                        switch (rs.getString(1)) {
                            case "OFFER" -> offers.add(id);
                            case "PLACE" -> places.add(id);
                            default -> organizations.add(id);
                        }
                    }
                }
            }
            if (!organizations.isEmpty())
                places.addAll(ids(c, "SELECT id FROM place WHERE organization_id = ANY(?)", organizations));
            if (!places.isEmpty()) offers.addAll(ids(c, "SELECT id FROM offer WHERE place_id = ANY(?)", places));
        }
        if (offers.size() + places.size() > REBUILD_ABOVE) {
            // A bulk load (./deban generate, a big import): one pass over everything is faster.
            LOG.info(
                    "{} places and offers changed at once: rebuilding the search index", offers.size() + places.size());
            rebuild(n -> {});
            return rows;
        }
        if (rows > 0) {
            apply(offers, places);
            index.refresh();
        }
        horizon = next;
        if (rows > 0 && System.currentTimeMillis() - lastCommit > COMMIT_MILLIS) {
            index.commit(next);
            lastCommit = System.currentTimeMillis();
        }
        return rows;
    }

    private void apply(Set<Long> offers, Set<Long> places) throws SQLException, IOException {
        List<IndexEntry> entries = source.some(offers, places);
        Set<String> gone = new HashSet<>();
        offers.forEach(id -> gone.add("offer:" + id));
        places.forEach(id -> gone.add("place:" + id));
        for (IndexEntry entry : entries) {
            index.put(entry);
            gone.remove(entry.key());
        }
        index.delete(gone);
    }

    private static String currentHorizon(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Long> ids(Connection c, String sql, Collection<Long> of) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", of.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void poll() {
        try {
            if (horizon == null && index.fresh()) {
                long started = System.nanoTime();
                long documents = rebuild(n -> {});
                LOG.info(
                        "search index built: {} documents in {} ms",
                        documents,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                catchUp();
            }
        } catch (Exception e) {
            // The next poll retries; PostgreSQL holds everything, nothing is lost.
            LOG.warn("search indexing failed, retrying: {}", e.toString());
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (poller != null) poller.shutdownNow();
        if (horizon != null) index.commit(horizon);
    }

    /** Starts the poller in the serving application (not in one-off commands). */
    @Singleton
    @Requires(notEnv = "cli")
    static class Starter {
        private final SearchIndexer indexer;

        Starter(SearchIndexer indexer) {
            this.indexer = indexer;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            indexer.start();
        }
    }
}
