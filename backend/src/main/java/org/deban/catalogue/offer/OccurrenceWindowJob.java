package org.deban.catalogue.offer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.deban.common.Outbox;
import org.deban.schedule.ScheduleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slides the materialised occurrence window forward every night for offers nobody edited, and
 * queues them for reindexing. One instance at a time: the others find the advisory lock taken
 * and skip the run.
 */
@Singleton
public class OccurrenceWindowJob {
    private static final Logger LOG = LoggerFactory.getLogger(OccurrenceWindowJob.class);
    /** Any constant unique to this job; PostgreSQL advisory locks are plain numbers. */
    private static final long LOCK_KEY = 0x6465_6261_6e01L;

    private final OfferRepository offers;
    private final ScheduleService schedules;
    private final Outbox outbox;
    private final JdbcOperations jdbc;

    OccurrenceWindowJob(OfferRepository offers, ScheduleService schedules, Outbox outbox, JdbcOperations jdbc) {
        this.offers = offers;
        this.schedules = schedules;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "0 15 3 * * *", zoneId = "Asia/Tokyo")
    void nightly() {
        int slid = slide();
        if (slid >= 0) LOG.info("occurrence window slid for {} offers", slid);
    }

    /** Returns how many offers were refreshed, or -1 when another instance holds the lock. */
    @Transactional
    public int slide() {
        boolean locked = jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(?)", s -> {
            s.setLong(1, LOCK_KEY);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!locked) return -1;
        List<Offer> due = offers.findWindowEndingBefore(schedules.windowEnd());
        for (Offer offer : due) {
            schedules.materialise(offer.id(), offer.schedule(), offer.typicalHeadcount());
            outbox.append(Outbox.EntityType.OFFER, offer.id());
        }
        return due.size();
    }
}
