package org.deban.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Types;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Appends to the audit log (who, when, what, from where) inside the caller's transaction: what
 * was done and its record commit or roll back together. The table refuses updates and deletes.
 * Details name records and fields, never their sensitive contents.
 */
@Singleton
public class AuditLog {

    /** Who acted: an account, or nobody yet (a failed sign-in names only the login tried). */
    public record Actor(
            @Nullable Long id,
            @Nullable String login,
            @Nullable String remoteAddress) {}

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    AuditLog(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records in a transaction of its own, for what must stay in the log although the request fails: a refused read
     * of a person record is audited, and the refusal rolls the request's own transaction back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(
            Actor actor, String action, @Nullable String targetType, @Nullable String targetId, Map<String, ?> detail) {
        record(actor, action, targetType, targetId, detail);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Actor actor, String action, @Nullable String targetType, @Nullable String targetId, Map<String, ?> detail) {
        String detailJson;
        try {
            detailJson = json.writeValueAsString(detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement(
                "INSERT INTO audit_event (actor_id, actor_login, action, target_type, target_id, detail,"
                        + " remote_address) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)",
                statement -> {
                    if (actor.id() == null) statement.setNull(1, Types.BIGINT);
                    else statement.setLong(1, actor.id());
                    statement.setString(2, actor.login());
                    statement.setString(3, action);
                    statement.setString(4, targetType);
                    statement.setString(5, targetId);
                    statement.setString(6, detailJson);
                    statement.setString(7, actor.remoteAddress());
                    return statement.executeUpdate();
                });
    }
}
