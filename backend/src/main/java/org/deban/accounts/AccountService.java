package org.deban.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deban.common.AuditLog;
import org.deban.common.AuditLog.Actor;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Accounts and their passwords: creation, sign-in with a lock after repeated failures, password change, and a
 * reset issued by an administrator (no mail server is assumed: the administrator hands over the temporary
 * password). Every sign-in, failed sign-in and password event is audited.
 */
@Singleton
public class AccountService {
    /** Consecutive failed sign-ins after which an account is locked. */
    static final int LOCK_AFTER = 5;

    /** How long a lock lasts. Each failure after it locks again, so guessing stays at one try per lock. */
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    /** 社協の地区担当, 地域包括支援センター, 自立相談支援機関, or another team of CSWs (as the team table allows). */
    static final List<String> TEAM_KINDS = List.of("COMPREHENSIVE_SUPPORT", "DISTRICT", "OTHER", "SELF_RELIANCE");

    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 200;

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Verified against when the login is unknown, so an unknown login costs as long as a wrong password. */
    private final String unknownLoginHash;

    private final AccountRepository repository;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** The outcome of a sign-in: the account, or why not (callers show both refusals alike). */
    public sealed interface SignInResult {
        record Success(AccountView account) implements SignInResult {}

        record WrongCredentials() implements SignInResult {}

        record Locked(Instant until) implements SignInResult {}
    }

    /** What an administrator (or the demo data) gives to create an account. */
    public record NewAccount(
            String login,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            List<Long> teamIds,
            String password) {}

    AccountService(
            AccountRepository repository, PasswordHasher hasher, AuditLog audit, JdbcOperations jdbc, Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.unknownLoginHash = hasher.hash("no account has this password");
    }

    /** Logins compare in NFKC, lower case, without surrounding space: ＡＤＭＩＮ is admin. */
    static String normalizeLogin(String login) {
        return Normalizer.normalize(login, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public long create(NewAccount request, Actor actor) {
        String login = normalizeLogin(request.login());
        List<FieldError> errors = new ArrayList<>();
        if (login.length() < 3 || login.length() > 100) {
            errors.add(new FieldError("login", "OUT_OF_RANGE", "ログインIDは3〜100文字です"));
        } else if (repository.findByLogin(login).isPresent()) {
            errors.add(new FieldError("login", "DUPLICATE", "このログインIDは使われています"));
        }
        errors.addAll(
                placementErrors(request.displayName(), request.role(), request.organizationId(), request.teamIds()));
        passwordErrors("password", request.password()).forEach(errors::add);
        if (!errors.isEmpty()) throw new ValidationException(errors);

        Account saved = repository.save(new Account(
                null,
                login,
                request.displayName().strip(),
                request.role(),
                request.organizationId(),
                hasher.hash(request.password()),
                false,
                true,
                0,
                null,
                null,
                null));
        setTeams(saved.id(), request.teamIds());
        audit.record(
                actor,
                "ACCOUNT_CREATED",
                "ACCOUNT",
                saved.id().toString(),
                Map.of("login", login, "role", request.role().name(), "teamIds", request.teamIds()));
        return saved.id();
    }

    /** An account as administrators list it: never its password hash. */
    @Serdeable
    public record AccountView(
            long id,
            String login,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            List<Long> teamIds,
            boolean active,
            boolean locked,
            boolean mustChangePassword) {}

    /** What an administrator may change of an account: its name, role, organisation, teams and whether it is active. */
    public record AccountChange(
            String displayName, Role role, @Nullable Long organizationId, List<Long> teamIds, boolean active) {}

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return view(repository.findById(id).orElseThrow(() -> new NotFoundException("account", id)));
    }

    @Transactional(readOnly = true)
    public PageResponse<AccountView> list(PageRequest paging) {
        Page<Account> page = repository.findAllOrderById(paging.pageable());
        return PageResponse.of(page, this::view);
    }

    /** Changes who an account is and what it may do; audited with what it was before. */
    @Transactional
    public AccountView update(long id, AccountChange change, Actor administrator) {
        Account account = repository.findById(id).orElseThrow(() -> new NotFoundException("account", id));
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(placementErrors(change.displayName(), change.role(), change.organizationId(), change.teamIds()));
        if (administrator.id() != null
                && administrator.id() == id
                && (change.role() != Role.ADMIN || !change.active())) {
            errors.add(new FieldError("role", "INVALID_VALUE", "自分自身の管理者権限は外せません"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        AccountView before = view(account);
        repository.update(new Account(
                account.id(),
                account.login(),
                change.displayName().strip(),
                change.role(),
                change.organizationId(),
                account.passwordHash(),
                account.mustChangePassword(),
                change.active(),
                account.failedSignIns(),
                account.lockedUntil(),
                account.sessionsValidAfter(),
                account.createdAt()));
        setTeams(id, change.teamIds());
        AccountView after = view(repository.findById(id).orElseThrow());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", permissions(before));
        detail.put("after", permissions(after));
        audit.record(administrator, "PERMISSIONS_CHANGED", "ACCOUNT", Long.toString(id), detail);
        return after;
    }

    private static Map<String, Object> permissions(AccountView account) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("role", account.role().name());
        p.put("organizationId", account.organizationId());
        p.put("teamIds", account.teamIds());
        p.put("active", account.active());
        return p;
    }

    private AccountView view(Account account) {
        return new AccountView(
                account.id(),
                account.login(),
                account.displayName(),
                account.role(),
                account.organizationId(),
                teams(account.id()),
                account.active(),
                account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant()),
                account.mustChangePassword());
    }

    /**
     * Checks a login and password. A wrong password counts towards the lock; a locked account is refused without
     * looking at the password, so guessing during a lock learns nothing.
     */
    @Transactional
    public SignInResult signIn(String login, String password, @Nullable String remoteAddress) {
        String normalized = normalizeLogin(login);
        Instant now = clock.instant();
        Optional<Account> found = repository.findByLoginForUpdate(normalized);
        if (found.isEmpty() || !found.get().active()) {
            hasher.verify(password, unknownLoginHash);
            audit.record(
                    new Actor(null, normalized, remoteAddress),
                    "SIGN_IN_FAILED",
                    null,
                    null,
                    Map.of("reason", found.isEmpty() ? "UNKNOWN_LOGIN" : "INACTIVE"));
            return new SignInResult.WrongCredentials();
        }
        Account account = found.get();
        Actor actor = new Actor(account.id(), account.login(), remoteAddress);
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            audit.record(actor, "SIGN_IN_FAILED", "ACCOUNT", account.id().toString(), Map.of("reason", "LOCKED"));
            return new SignInResult.Locked(account.lockedUntil());
        }
        if (!hasher.verify(password, account.passwordHash())) {
            int failures = account.failedSignIns() + 1;
            Instant lockedUntil = failures >= LOCK_AFTER ? now.plus(LOCK_FOR) : null;
            repository.updateSignInState(account.id(), failures, lockedUntil);
            audit.record(
                    actor,
                    "SIGN_IN_FAILED",
                    "ACCOUNT",
                    account.id().toString(),
                    Map.of("reason", "WRONG_PASSWORD", "consecutiveFailures", failures));
            return lockedUntil == null ? new SignInResult.WrongCredentials() : new SignInResult.Locked(lockedUntil);
        }
        repository.updateSignInState(account.id(), 0, null);
        audit.record(actor, "SIGN_IN", "ACCOUNT", account.id().toString(), Map.of());
        return new SignInResult.Success(view(account));
    }

    /** Signing out ends every session of the account, this one included (a copied cookie too). */
    @Transactional
    public void signedOut(Actor actor) {
        if (actor.id() != null) repository.endSessions(actor.id(), Instant.ofEpochMilli(System.currentTimeMillis()));
        audit.record(actor, "SIGN_OUT", "ACCOUNT", String.valueOf(actor.id()), Map.of());
    }

    /**
     * Whether the account a session names is still active with the role, organisation and teams the session says, and
     * has not signed out since the session began.
     */
    @Transactional(readOnly = true)
    public boolean stillMatches(Caller caller) {
        if (caller.accountId() == null) return false;
        return repository
                .findById(caller.accountId())
                .filter(Account::active)
                .filter(a -> a.role() == caller.role())
                .filter(a -> java.util.Objects.equals(a.organizationId(), caller.organizationId()))
                .filter(a -> teams(a.id()).equals(caller.teamIds()))
                .filter(a -> a.sessionsValidAfter() == null
                        || (caller.issuedAt() != null && !caller.issuedAt().isBefore(a.sessionsValidAfter())))
                .isPresent();
    }

    /** The account's own change: the current password must be given. */
    @Transactional
    public void changePassword(long accountId, String current, String replacement, Actor actor) {
        Account account = repository.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        List<FieldError> errors = new ArrayList<>();
        if (!hasher.verify(current, account.passwordHash())) {
            errors.add(new FieldError("currentPassword", "INVALID_VALUE", "今のパスワードが違います"));
        }
        passwordErrors("newPassword", replacement).forEach(errors::add);
        if (replacement.equals(current)) {
            errors.add(new FieldError("newPassword", "INVALID_VALUE", "今と違うパスワードにしてください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        repository.updatePassword(accountId, hasher.hash(replacement), false);
        audit.record(actor, "PASSWORD_CHANGED", "ACCOUNT", Long.toString(accountId), Map.of());
    }

    /**
     * An administrator's reset: a temporary password the administrator hands over, to be changed at the next
     * sign-in. Unlocks the account.
     */
    @Transactional
    public String resetPassword(long accountId, Actor administrator) {
        repository.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        StringBuilder temporary = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            temporary.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        repository.updatePassword(accountId, hasher.hash(temporary.toString()), true);
        audit.record(administrator, "PASSWORD_RESET", "ACCOUNT", Long.toString(accountId), Map.of());
        return temporary.toString();
    }

    /** The account's teams become exactly these. */
    private void setTeams(long account, List<Long> teamIds) {
        jdbc.prepareStatement("DELETE FROM account_team WHERE account_id = ?", s -> {
            s.setLong(1, account);
            return s.executeUpdate();
        });
        for (long team : teamIds) {
            jdbc.prepareStatement("INSERT INTO account_team (account_id, team_id) VALUES (?, ?)", s -> {
                s.setLong(1, account);
                s.setLong(2, team);
                return s.executeUpdate();
            });
        }
    }

    /** A team of CSWs, named uniquely; audited. */
    @Transactional
    public long createTeam(@Nullable String requestedName, @Nullable String kind, Actor administrator) {
        List<FieldError> errors = new ArrayList<>();
        String name = requestedName == null ? "" : requestedName.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "OUT_OF_RANGE", "チーム名は1〜200文字です"));
        }
        if (kind == null || !TEAM_KINDS.contains(kind)) {
            errors.add(new FieldError("kind", "INVALID_VALUE", "種類は " + String.join(", ", TEAM_KINDS) + " のどれかです"));
        }
        if (errors.isEmpty()) {
            boolean taken = jdbc.prepareStatement("SELECT 1 FROM team WHERE name = ?", s -> {
                s.setString(1, name);
                try (var rs = s.executeQuery()) {
                    return rs.next();
                }
            });
            if (taken) errors.add(new FieldError("name", "DUPLICATE", "同じ名前のチームがあります"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long id = jdbc.prepareStatement("INSERT INTO team (name, kind) VALUES (?, ?) RETURNING id", s -> {
            s.setString(1, name);
            s.setString(2, kind);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        audit.record(administrator, "TEAM_CREATED", "TEAM", Long.toString(id), Map.of("name", name, "kind", kind));
        return id;
    }

    /** A team's retention rule: months after support ended, 1–1200, or null to keep records until deleted. */
    @Transactional
    public void setRetention(long team, @Nullable Integer months, Actor administrator) {
        if (months != null && (months < 1 || months > 1200)) {
            throw new ValidationException(List.of(new FieldError("months", "OUT_OF_RANGE", "保存期間は1〜1200か月です")));
        }
        int updated = jdbc.prepareStatement("UPDATE team SET retention_months = ? WHERE id = ?", s -> {
            if (months == null) s.setNull(1, java.sql.Types.INTEGER);
            else s.setInt(1, months);
            s.setLong(2, team);
            return s.executeUpdate();
        });
        if (updated == 0) throw new NotFoundException("team", team);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("retentionMonths", months);
        audit.record(administrator, "TEAM_RETENTION_CHANGED", "TEAM", Long.toString(team), detail);
    }

    private List<Long> teams(long account) {
        return jdbc.prepareStatement("SELECT team_id FROM account_team WHERE account_id = ? ORDER BY team_id", s -> {
            s.setLong(1, account);
            List<Long> ids = new ArrayList<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    /** A name, and a role with the organisation or teams it needs: one organisation for members, teams only for CSWs. */
    private static List<FieldError> placementErrors(
            String displayName, Role role, @Nullable Long organizationId, List<Long> teamIds) {
        List<FieldError> errors = new ArrayList<>();
        if (displayName.isBlank() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "OUT_OF_RANGE", "表示名は1〜200文字です"));
        }
        if ((role == Role.ORG_MEMBER) != (organizationId != null)) {
            errors.add(new FieldError("organizationId", "INVALID_VALUE", "団体の担当者には団体を、それ以外の役割には団体なしを指定します"));
        }
        if (role != Role.CSW && !teamIds.isEmpty()) {
            errors.add(new FieldError("teamIds", "INVALID_VALUE", "チームに入れるのはCSWだけです"));
        }
        return errors;
    }

    private static List<FieldError> passwordErrors(String field, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            return List.of(new FieldError(
                    field, "OUT_OF_RANGE", "パスワードは" + MIN_PASSWORD_LENGTH + "〜" + MAX_PASSWORD_LENGTH + "文字です"));
        }
        return List.of();
    }
}
