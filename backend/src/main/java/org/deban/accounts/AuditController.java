package org.deban.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

/**
 * The audit log for administrators: who did what, when and from where, newest first, filtered by actor, action,
 * record and period; the same as CSV for a spreadsheet.
 */
@Tag(name = "audit")
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AuditController {
    /** Enough for a year of a city's sign-ins; a longer export is asked for by period. */
    static final int CSV_LIMIT = 100_000;

    private final JdbcOperations jdbc;
    private final ZoneId zone;

    AuditController(JdbcOperations jdbc, @io.micronaut.context.annotation.Value("${deban.zone}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    @Serdeable
    record AuditEvent(
            long id,
            OffsetDateTime at,
            @Nullable Long actorId,
            @Nullable String actorLogin,
            String action,
            @Nullable String targetType,
            @Nullable String targetId,
            String detail,
            @Nullable String remoteAddress) {}

    /** The filters; null means any. {@code from} and {@code to} are instants (ISO 8601), to exclusive. */
    @io.micronaut.core.annotation.Introspected
    record Filter(
            @QueryValue @Nullable Long actorId,
            @QueryValue @Nullable String action,
            @QueryValue @Nullable String targetType,
            @QueryValue @Nullable String targetId,
            @QueryValue @Nullable Instant from,
            @QueryValue @Nullable Instant to) {}

    private static final String WHERE = " FROM audit_event WHERE (CAST(? AS bigint) IS NULL OR actor_id = ?)"
            + " AND (CAST(? AS text) IS NULL OR action = ?)"
            + " AND (CAST(? AS text) IS NULL OR target_type = ?)"
            + " AND (CAST(? AS text) IS NULL OR target_id = ?)"
            + " AND (CAST(? AS timestamptz) IS NULL OR at >= ?)"
            + " AND (CAST(? AS timestamptz) IS NULL OR at < ?)";

    @Get("/audit")
    @Transactional(readOnly = true)
    PageResponse<AuditEvent> list(@Valid @RequestBean PageRequest paging, @Valid @RequestBean Filter filter) {
        long total = jdbc.prepareStatement("SELECT count(*)" + WHERE, s -> {
            bind(s, filter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<AuditEvent> items =
                events(filter, paging.sizeOrDefault(), (long) paging.pageOrDefault() * paging.sizeOrDefault());
        return new PageResponse<>(items, total, paging.pageOrDefault(), paging.sizeOrDefault());
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Japanese correctly. */
    @Get(value = "/audit.csv", produces = "text/csv; charset=UTF-8")
    @Transactional(readOnly = true)
    HttpResponse<String> csv(@Valid @RequestBean Filter filter) {
        StringBuilder csv = new StringBuilder(
                "\uFEFFid,at,actor_id,actor_login,action,target_type,target_id,detail,remote_address\r\n");
        for (AuditEvent e : events(filter, CSV_LIMIT, 0)) {
            csv.append(e.id())
                    .append(',')
                    .append(e.at())
                    .append(',')
                    .append(e.actorId() == null ? "" : e.actorId())
                    .append(',')
                    .append(field(e.actorLogin()))
                    .append(',')
                    .append(field(e.action()))
                    .append(',')
                    .append(field(e.targetType()))
                    .append(',')
                    .append(field(e.targetId()))
                    .append(',')
                    .append(field(e.detail()))
                    .append(',')
                    .append(field(e.remoteAddress()))
                    .append("\r\n");
        }
        return HttpResponse.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"deban-audit.csv\"");
    }

    private List<AuditEvent> events(Filter filter, int limit, long offset) {
        return jdbc.prepareStatement(
                "SELECT id, at, actor_id, actor_login, action, target_type, target_id, detail::text, remote_address"
                        + WHERE + " ORDER BY id DESC LIMIT ? OFFSET ?",
                s -> {
                    int next = bind(s, filter);
                    s.setInt(next++, limit);
                    s.setLong(next, offset);
                    List<AuditEvent> events = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            events.add(new AuditEvent(
                                    rs.getLong(1),
                                    rs.getTimestamp(2).toInstant().atZone(zone).toOffsetDateTime(),
                                    (Long) rs.getObject(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9)));
                        }
                    }
                    return events;
                });
    }

    /** Binds each filter twice (the null test and the comparison); returns the next parameter index. */
    private static int bind(PreparedStatement s, Filter f) throws SQLException {
        Object[] values = {
            f.actorId(),
            f.action(),
            f.targetType(),
            f.targetId(),
            f.from() == null ? null : java.sql.Timestamp.from(f.from()),
            f.to() == null ? null : java.sql.Timestamp.from(f.to())
        };
        int i = 1;
        for (Object value : values) {
            s.setObject(i++, value);
            s.setObject(i++, value);
        }
        return i;
    }

    /**
     * A CSV field: quoted when it needs to be, and a leading = + - @ neutralised so a spreadsheet never runs a
     * login or detail as a formula.
     */
    static String field(@Nullable String value) {
        if (value == null) return "";
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
