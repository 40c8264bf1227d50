package org.deban.search.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.deban.catalogue.offer.OfferRequest;
import org.deban.catalogue.offer.OfferService;
import org.deban.catalogue.offer.OfferType;
import org.deban.search.SearchIndexer;
import org.deban.search.SearchResponse;
import org.deban.search.SearchService;

/**
 * Write-to-searchable: an offer created through {@link OfferService} (its transaction appends the outbox row), then
 * searched for until found, with the indexer polling as in the app.
 */
final class WriteProbe {
    /** SearchIndexer.POLL_MILLIS; its start() is the app's (package-private), so the loop is repeated here. */
    private static final long POLL_MILLIS = 200;

    private static final long GIVE_UP_MILLIS = 10_000;

    private WriteProbe() {}

    /** Milliseconds from create() to found, per try, sorted. */
    static double[] run(
            DataSource dataSource,
            OfferService offers,
            SearchService search,
            SearchIndexer indexer,
            int tries,
            long seed)
            throws SQLException, InterruptedException {
        long placeId = activePlace(dataSource);
        Random random = new Random(seed);
        double[] millis = new double[tries];
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        try {
            poller.scheduleWithFixedDelay(
                    () -> {
                        try {
                            indexer.catchUp();
                        } catch (Exception e) {
                            System.err.println("bench: catch-up failed: " + e);
                        }
                    },
                    0,
                    POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
            for (int i = 0; i < tries; i++) {
                // A random phase against the poller: writes do not arrive in step with it.
                Thread.sleep(random.nextInt((int) POLL_MILLIS));
                String token = token(random);
                long started = System.nanoTime();
                long offerId = offers.create(request(placeId, token)).id();
                while (!found(search, token, offerId)) {
                    if ((System.nanoTime() - started) / 1_000_000 > GIVE_UP_MILLIS) {
                        throw new IllegalStateException("offer " + offerId + " not searchable after 10 s");
                    }
                    Thread.sleep(1);
                }
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        } finally {
            poller.shutdownNow();
            poller.awaitTermination(1, TimeUnit.MINUTES);
        }
        Arrays.sort(millis);
        return millis;
    }

    private static boolean found(SearchService search, String token, long offerId) {
        SearchResponse response = search.search(QueryMix.request(token, null, List.of(), null, 10));
        return response.items().stream().anyMatch(hit -> hit.offerId() != null && hit.offerId() == offerId);
    }

    /** A word no generated text contains, in letters only (one token for every analyser). */
    private static String token(Random random) {
        StringBuilder token = new StringBuilder("debanprobe");
        for (int i = 0; i < 10; i++) token.append((char) ('a' + random.nextInt(26)));
        return token.toString();
    }

    private static OfferRequest request(long placeId, String token) {
        return new OfferRequest(
                placeId,
                "書き込み計測 " + token,
                null,
                OfferType.PARTICIPATION,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static long activePlace(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT min(id) FROM place WHERE status = 'ACTIVE'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
