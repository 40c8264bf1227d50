package org.deban;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.deban.accounts.AccountService;
import org.deban.accounts.Role;
import org.deban.common.AuditLog.Actor;
import org.deban.common.ValidationException;

/** The administrator tests write the catalogue as ({@link ApiClient}); created once per test database. */
@Singleton
@Requires(env = Environment.TEST)
public class TestAccounts {
    public static final String ADMIN = "test-admin";
    public static final String PASSWORD = "test-admin-password";

    private final AccountService accounts;

    TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try {
            accounts.create(
                    new AccountService.NewAccount(ADMIN, "テスト管理者", Role.ADMIN, null, List.of(), PASSWORD),
                    new Actor(null, "test-setup", null));
        } catch (ValidationException alreadyThere) {
            // another application context of this test run created it
        }
    }
}
