package org.deban.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.List;
import org.deban.common.AuditLog.Actor;
import org.deban.common.ForbiddenException;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as the session cookie says: an account with its role, organisation and teams, or an anonymous
 * resident. Controllers take it from the request; rules that depend on the record (whose place is this?) ask it.
 */
public record Caller(
        @Nullable Long accountId,
        @Nullable String login,
        @Nullable Role role,
        @Nullable Long organizationId,
        List<Long> teamIds,
        @Nullable Instant issuedAt,
        @Nullable String remoteAddress) {

    /** JWT claims written at sign-in (see SessionController) and read back on every request. */
    static final String ACCOUNT_ID = "accountId";

    static final String ORGANIZATION_ID = "organizationId";
    static final String TEAM_IDS = "teamIds";

    /** When the session began, in epoch milliseconds of this server's clock (a JWT's own iat has whole seconds). */
    static final String SIGNED_IN_AT = "signedInAt";

    /** The caller of a request, with the address it came from (for the audit log). */
    public static Caller of(@Nullable Authentication authentication, HttpRequest<?> request) {
        return of(authentication, remoteAddress(request));
    }

    static @Nullable String remoteAddress(HttpRequest<?> request) {
        var address = request.getRemoteAddress().getAddress();
        return address == null ? null : address.getHostAddress();
    }

    /** The caller, where the address does not matter (nothing is audited). */
    public static Caller of(@Nullable Authentication authentication) {
        return of(authentication, (String) null);
    }

    private static Caller of(@Nullable Authentication authentication, @Nullable String remoteAddress) {
        if (authentication == null) return new Caller(null, null, null, null, List.of(), null, remoteAddress);
        var attributes = authentication.getAttributes();
        Role role = authentication.getRoles().stream()
                .map(Role::valueOf)
                .findFirst()
                .orElse(null);
        List<Long> teams = attributes.get(TEAM_IDS) instanceof List<?> list
                ? list.stream().map(t -> ((Number) t).longValue()).toList()
                : List.of();
        return new Caller(
                number(attributes.get(ACCOUNT_ID)),
                authentication.getName(),
                role,
                number(attributes.get(ORGANIZATION_ID)),
                teams,
                instant(attributes.get(SIGNED_IN_AT)),
                remoteAddress);
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return value instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : null;
    }

    private static @Nullable Long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Administrators edit every organisation's catalogue; an organisation member only their own. */
    public void requireCatalogueEditor(long organization) {
        if (isAdmin()) return;
        if (role == Role.ORG_MEMBER && organizationId != null && organizationId == organization) return;
        throw new ForbiddenException("この団体の情報を編集する権限がありません");
    }

    public Actor actor() {
        return new Actor(accountId, login, remoteAddress);
    }
}
