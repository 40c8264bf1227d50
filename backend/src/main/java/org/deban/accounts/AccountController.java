package org.deban.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.jspecify.annotations.Nullable;

/** Accounts, managed by administrators. */
@Tag(name = "accounts")
@Controller("/api/v1/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AccountController {
    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    record AccountRequest(
            String login,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            @Nullable List<Long> teamIds,
            String password) {}

    @Get
    PageResponse<AccountService.AccountView> list(@Valid @RequestBean PageRequest paging) {
        return accounts.list(paging);
    }

    @Serdeable
    record AccountUpdate(
            String displayName,
            Role role,
            @Nullable Long organizationId,
            @Nullable List<Long> teamIds,
            @Nullable Boolean active) {}

    /** Role, organisation, teams, active: a permission change, audited with its before and after. */
    @Put("/{id}")
    AccountService.AccountView update(
            HttpRequest<?> request, Authentication authentication, long id, @Body AccountUpdate body) {
        return accounts.update(
                id,
                new AccountService.AccountChange(
                        body.displayName(),
                        body.role(),
                        body.organizationId(),
                        body.teamIds() == null ? List.of() : body.teamIds(),
                        body.active() == null || body.active()),
                Caller.of(authentication, request).actor());
    }

    @Post
    HttpResponse<Map<String, Object>> create(
            HttpRequest<?> request, Authentication authentication, @Body AccountRequest body) {
        long id = accounts.create(
                new AccountService.NewAccount(
                        body.login(),
                        body.displayName(),
                        body.role(),
                        body.organizationId(),
                        body.teamIds() == null ? List.of() : body.teamIds(),
                        body.password()),
                Caller.of(authentication, request).actor());
        return HttpResponse.created(Map.<String, Object>of("id", id), URI.create("/api/v1/accounts/" + id));
    }

    /** A temporary password for the administrator to hand over; it must be changed at the next sign-in. */
    @Post("/{id}/password-reset")
    Map<String, String> resetPassword(HttpRequest<?> request, Authentication authentication, long id) {
        String temporary =
                accounts.resetPassword(id, Caller.of(authentication, request).actor());
        return Map.of("temporaryPassword", temporary);
    }
}
