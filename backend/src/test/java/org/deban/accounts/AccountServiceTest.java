package org.deban.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.deban.Sql;
import org.deban.accounts.AccountService.NewAccount;
import org.deban.accounts.AccountService.SignInResult;
import org.deban.common.AuditLog.Actor;
import org.deban.common.ValidationException;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountServiceTest {
    static final Actor SETUP = new Actor(null, "test-setup", null);

    @Inject
    AccountService accounts;

    @Inject
    DataSource dataSource;

    @Test
    void aPasswordIsStoredOnlyAsItsArgon2idHashAndNeverLogged() {
        String password = "秘密の合言葉-" + UUID.randomUUID();
        String login = login();
        long id = accounts.create(new NewAccount(login, "管理 花子", Role.ADMIN, null, List.of(), password), SETUP);
        accounts.signIn(login, password + "x", "192.0.2.1");
        accounts.signIn(login, password, "192.0.2.1");

        Sql sql = new Sql(dataSource);
        assertThat(sql.column("SELECT password_hash FROM account WHERE id = ?", id))
                .singleElement()
                .asString()
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(sql.count(
                        "SELECT count(*) FROM account WHERE row_to_json(account)::text LIKE ?", "%" + password + "%"))
                .isZero();
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_event WHERE row_to_json(audit_event)::text LIKE ?",
                        "%" + password.substring(0, 6) + "%"))
                .isZero();
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheWidthOfTheLogin() {
        String login = login();
        accounts.create(new NewAccount(login, "相談員 一郎", Role.CSW, null, List.of(), "correct horse 1"), SETUP);

        String wide = java.text.Normalizer.normalize(login, java.text.Normalizer.Form.NFKC)
                .toUpperCase()
                .chars()
                .mapToObj(c -> c >= '!' && c <= '~' ? Character.toString(c - '!' + '！') : Character.toString(c))
                .reduce("", String::concat);
        assertThat(accounts.signIn(wide, "correct horse 1", null)).isInstanceOf(SignInResult.Success.class);
        assertThat(accounts.signIn(login, "correct horse 2", null)).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.signIn("nobody-" + login, "correct horse 1", null))
                .isInstanceOf(SignInResult.WrongCredentials.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheLockEnds() {
        String login = login();
        long id = accounts.create(new NewAccount(login, "相談員 二郎", Role.CSW, null, List.of(), "right password"), SETUP);
        for (int i = 1; i < AccountService.LOCK_AFTER; i++) {
            assertThat(accounts.signIn(login, "wrong password " + i, "198.51.100.7"))
                    .isInstanceOf(SignInResult.WrongCredentials.class);
        }
        assertThat(accounts.signIn(login, "wrong password 5", "198.51.100.7")).isInstanceOf(SignInResult.Locked.class);
        assertThat(accounts.signIn(login, "right password", "198.51.100.7")).isInstanceOf(SignInResult.Locked.class);

        Sql sql = new Sql(dataSource);
        assertThat(sql.column(
                        "SELECT detail->>'reason' FROM audit_event WHERE target_id = ? AND action = 'SIGN_IN_FAILED'"
                                + " ORDER BY id",
                        Long.toString(id)))
                .containsExactly(
                        "WRONG_PASSWORD",
                        "WRONG_PASSWORD",
                        "WRONG_PASSWORD",
                        "WRONG_PASSWORD",
                        "WRONG_PASSWORD",
                        "LOCKED");
        assertThat(sql.column(
                        "SELECT DISTINCT remote_address FROM audit_event WHERE target_id = ? AND action = 'SIGN_IN_FAILED'",
                        Long.toString(id)))
                .containsExactly("198.51.100.7");

        // The lock's quarter of an hour passes.
        sql.update("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?", id);
        assertThat(accounts.signIn(login, "wrong again", null))
                .as("one more failure after a lock locks again")
                .isInstanceOf(SignInResult.Locked.class);
        sql.update("UPDATE account SET locked_until = now() - interval '1 second' WHERE id = ?", id);
        assertThat(accounts.signIn(login, "right password", null)).isInstanceOf(SignInResult.Success.class);
        assertThat(sql.count("SELECT failed_sign_ins FROM account WHERE id = ?", id))
                .isZero();
    }

    @Test
    void anAdministratorsResetGivesATemporaryPasswordToBeChanged() {
        String login = login();
        long id = accounts.create(new NewAccount(login, "相談員 三郎", Role.CSW, null, List.of(), "forgotten one"), SETUP);
        Actor admin = new Actor(1L, "admin", "203.0.113.9");

        String temporary = accounts.resetPassword(id, admin);

        assertThat(accounts.signIn(login, "forgotten one", null)).isInstanceOf(SignInResult.WrongCredentials.class);
        SignInResult result = accounts.signIn(login, temporary, null);
        assertThat(result).isInstanceOf(SignInResult.Success.class);
        assertThat(((SignInResult.Success) result).account().mustChangePassword())
                .isTrue();

        assertThatThrownBy(() -> accounts.changePassword(id, "not the temporary", "a new password", admin))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("currentPassword"));
        accounts.changePassword(id, temporary, "a new password", new Actor(id, login, null));
        SignInResult after = accounts.signIn(login, "a new password", null);
        assertThat(((SignInResult.Success) after).account().mustChangePassword())
                .isFalse();
        assertThat(new Sql(dataSource)
                        .column("SELECT action FROM audit_event WHERE target_id = ? ORDER BY id", Long.toString(id)))
                .containsSubsequence("ACCOUNT_CREATED", "PASSWORD_RESET", "SIGN_IN", "PASSWORD_CHANGED", "SIGN_IN");
    }

    @Test
    void invalidAccountsNameTheirFields() {
        assertThatThrownBy(() ->
                        accounts.create(new NewAccount("x", " ", Role.ORG_MEMBER, null, List.of(7L), "short"), SETUP))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(f -> f.field())
                                .containsExactlyInAnyOrder(
                                        "login", "displayName", "organizationId", "teamIds", "password"));
    }

    @Test
    void theAuditLogCannotBeChangedOrEmptied() {
        Sql sql = new Sql(dataSource);
        accounts.create(new NewAccount(login(), "監査 対象", Role.ADMIN, null, List.of(), "audited password"), SETUP);

        assertThatThrownBy(() -> sql.update("UPDATE audit_event SET action = 'NOTHING'"))
                .hasRootCauseMessage(
                        "ERROR: audit_event is append-only\n  Where: PL/pgSQL function audit_event_is_append_only() line 3 at RAISE");
        assertThatThrownBy(() -> sql.update("DELETE FROM audit_event")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql.update("TRUNCATE audit_event")).hasStackTraceContaining("append-only");
    }

    private static String login() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
