package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deban.common.AuditLog;
import org.deban.common.AuditLog.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each team's retention rule every night: a person whose support ended ({@code closed_on}) longer ago than
 * the owning team's {@code retention_months} is deleted, audited as done by the system. Records of provision to third
 * parties are kept {@link #PROVISION_RECORD_YEARS} years (個人情報保護法施行規則 §19), then purged. One instance at a
 * time (advisory lock).
 */
@Singleton
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    private static final long LOCK_KEY = 0x6465_6261_6e02L;
    static final int PROVISION_RECORD_YEARS = 3;
    private static final Actor SYSTEM = new Actor(null, "system:retention", null);

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RetentionJob(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a run removed (counts only). */
    public record Result(int persons, int provisionRecords) {}

    @Scheduled(cron = "0 45 3 * * *", zoneId = "Asia/Tokyo")
    void nightly() {
        Result result = run();
        if (result != null) {
            LOG.info(
                    "retention: {} person records and {} provision records past their period deleted",
                    result.persons(),
                    result.provisionRecords());
        }
    }

    /** Runs the rules now; null when another instance holds the lock. */
    @Transactional
    public @Nullable Result run() {
        boolean locked = jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(?)", s -> {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (!locked) return null;
        LocalDate today = LocalDate.now(clock);
        List<long[]> expired = jdbc.prepareStatement(
                "SELECT p.id, p.team_id, t.retention_months FROM person p JOIN team t ON t.id = p.team_id"
                        + " WHERE t.retention_months IS NOT NULL AND p.closed_on IS NOT NULL"
                        + " AND p.closed_on + make_interval(months => t.retention_months) < ?",
                s -> {
                    s.setDate(1, Date.valueOf(today));
                    List<long[]> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                    }
                    return rows;
                });
        for (long[] person : expired) {
            jdbc.prepareStatement("DELETE FROM person WHERE id = ?", s -> {
                s.setLong(1, person[0]);
                return s.executeUpdate();
            });
            audit.record(
                    SYSTEM,
                    "PERSON_DELETED",
                    "PERSON",
                    Long.toString(person[0]),
                    Map.of("reason", "RETENTION", "teamId", person[1], "retentionMonths", person[2]));
        }
        int purged = jdbc.prepareStatement("DELETE FROM provision_record WHERE provided_on < ?", s -> {
            s.setDate(1, Date.valueOf(today.minusYears(PROVISION_RECORD_YEARS)));
            return s.executeUpdate();
        });
        return new Result(expired.size(), purged);
    }
}
