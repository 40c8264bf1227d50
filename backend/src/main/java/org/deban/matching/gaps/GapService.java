package org.deban.matching.gaps;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.people.Profile;
import org.deban.people.TimeWindow;

/**
 * Records unmet needs (社会資源開発): where, when, what kind and which strengths — never who. Once per person and
 * need: the same person's same need counts once however often the CSW confirms it.
 */
@Singleton
public class GapService {
    private static final String KEY_STATE = "unmet-need-key";

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    GapService(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A need as it is kept: no identity. */
    @Serdeable
    public record Need(
            List<Long> areaIds,
            List<String> weekdays,
            List<String> timeBuckets,
            List<String> wants,
            List<String> strengths) {}

    /** {@code recorded} is false when this person's same need was recorded before. */
    @Serdeable
    public record Recorded(boolean recorded, Need need) {}

    /** 午前 (starts before 12:00), 午後 (12:00–16:59), 夕方・夜 (17:00 or later), as the scenarios say. */
    static String bucket(LocalTime start) {
        if (start.isBefore(LocalTime.NOON)) return "MORNING";
        return start.isBefore(LocalTime.of(17, 0)) ? "AFTERNOON" : "EVENING";
    }

    @Transactional
    public Recorded record(Profile p, Caller csw) {
        Need need = need(p);
        String who = p.personId() != null ? "person:" + p.personId() : "profile:" + p;
        String key = hmac(who + "|" + need);
        Long id = jdbc.prepareStatement(
                "INSERT INTO unmet_need (dedupe_key, area_ids, weekdays, time_buckets, wants, strengths, recorded_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
                s -> {
                    var c = s.getConnection();
                    s.setString(1, key);
                    s.setArray(2, c.createArrayOf("bigint", need.areaIds().toArray()));
                    s.setArray(3, c.createArrayOf("text", need.weekdays().toArray()));
                    s.setArray(4, c.createArrayOf("text", need.timeBuckets().toArray()));
                    s.setArray(5, c.createArrayOf("text", need.wants().toArray()));
                    s.setArray(6, c.createArrayOf("text", need.strengths().toArray()));
                    s.setDate(7, Date.valueOf(LocalDate.now(clock)));
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : null;
                    }
                });
        if (id != null) {
            audit.record(csw.actor(), "UNMET_NEED_RECORDED", "UNMET_NEED", id.toString(), Map.of());
        }
        return new Recorded(id != null, need);
    }

    private Need need(Profile p) {
        List<Long> areas = p.home() == null
                ? List.of()
                : jdbc.prepareStatement(
                        "SELECT id FROM area WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))"
                                + " ORDER BY id",
                        s -> {
                            s.setDouble(1, p.home().lon());
                            s.setDouble(2, p.home().lat());
                            List<Long> ids = new ArrayList<>();
                            try (ResultSet rs = s.executeQuery()) {
                                while (rs.next()) ids.add(rs.getLong(1));
                            }
                            return ids;
                        });
        TreeSet<String> days = new TreeSet<>();
        TreeSet<String> buckets = new TreeSet<>();
        for (TimeWindow w : p.availability()) {
            days.add(w.weekday().name());
            buckets.add(bucket(w.start()));
        }
        return new Need(
                areas,
                List.copyOf(days),
                List.copyOf(buckets),
                p.wants().stream().map(Enum::name).sorted().distinct().toList(),
                p.strengthTags().stream().sorted().distinct().toList());
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This database's key for the HMAC, made once (app_state's primary key keeps it single across instances). */
    private byte[] secret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.prepareStatement("INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", s -> {
            s.setString(1, KEY_STATE);
            s.setString(2, HexFormat.of().formatHex(fresh));
            return s.executeUpdate();
        });
        return HexFormat.of().parseHex(jdbc.prepareStatement("SELECT value FROM app_state WHERE key = ?", s -> {
            s.setString(1, KEY_STATE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }
}
