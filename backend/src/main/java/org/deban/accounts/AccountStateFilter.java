package org.deban.accounts;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.deban.common.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A session cookie says who signed in and with which rights, for eight hours. An administrator who deactivates an
 * account or changes its role, organisation or teams must not wait that long: each signed-in request is checked
 * against the account as it is now, and refused (401, sign in again) when it no longer matches.
 */
@ServerFilter("/api/**")
class AccountStateFilter implements Ordered {
    private final AccountService accounts;

    AccountStateFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) return null;
        Caller caller = Caller.of(authentication);
        if (caller.accountId() == null || !accounts.stillMatches(caller)) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "権限が変わったか、アカウントが停止されました。もう一度ログインしてください。");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }
}
