package org.deban.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deban.accounts.AccountService.SignInResult;
import org.deban.common.FieldError;
import org.deban.common.Problem;
import org.deban.common.Problems;
import org.deban.common.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Signing in and out. A session is a JWT in an HttpOnly, SameSite=Strict cookie, plus a CSRF token in a cookie the
 * app's scripts read and send back as {@value CsrfFilter#HEADER} on every write ({@link CsrfFilter}).
 */
@Tag(name = "session")
@Controller("/api/v1/session")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {
    /** Micronaut Security reads the JWT from this cookie (its default name). */
    static final String JWT_COOKIE = "JWT";

    static final Duration LIFETIME = Duration.ofHours(8);

    private final AccountService accounts;
    private final TokenGenerator tokens;
    private final boolean secureCookies;
    private final SecureRandom random = new SecureRandom();

    SessionController(
            AccountService accounts,
            TokenGenerator tokens,
            @Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secureCookies) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.secureCookies = secureCookies;
    }

    @Serdeable
    record SignIn(@Nullable String login, @Nullable String password) {}

    @Serdeable
    record PasswordChange(
            @Nullable String currentPassword, @Nullable String newPassword) {}

    @Serdeable
    record SessionResponse(
            long accountId,
            String login,
            Role role,
            @Nullable Long organizationId,
            List<Long> teamIds,
            boolean mustChangePassword) {}

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignIn body) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (body.login() == null || body.login().isBlank())
            errors.add(new FieldError("login", "REQUIRED", "ログインIDを入力してください"));
        if (body.password() == null || body.password().isEmpty())
            errors.add(new FieldError("password", "REQUIRED", "パスワードを入力してください"));
        if (!errors.isEmpty()) throw new ValidationException(errors);

        SignInResult result = accounts.signIn(body.login(), body.password(), Caller.remoteAddress(request));
        if (!(result instanceof SignInResult.Success success)) {
            // One answer for a wrong password, an unknown login and a lock: none tells which logins exist.
            return Problems.of(HttpStatus.UNAUTHORIZED, "ログインIDかパスワードが違います。続けて間違えると、しばらくログインできなくなります。");
        }
        AccountService.AccountView account = success.account();
        Map<String, Object> claims = new HashMap<>();
        claims.put(Caller.ACCOUNT_ID, account.id());
        claims.put(Caller.TEAM_IDS, account.teamIds());
        // Real time, not the business clock (which a demo may fix): compared with the time of a sign-out.
        claims.put(Caller.SIGNED_IN_AT, System.currentTimeMillis());
        if (account.organizationId() != null) claims.put(Caller.ORGANIZATION_ID, account.organizationId());
        String token = tokens.generateToken(
                        Authentication.build(
                                account.login(), List.of(account.role().name()), claims),
                        (int) LIFETIME.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no token generated"));
        byte[] csrf = new byte[32];
        random.nextBytes(csrf);
        return HttpResponse.ok(response(account))
                .cookie(cookie(JWT_COOKIE, token, true, LIFETIME))
                .cookie(cookie(
                        CsrfFilter.COOKIE,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(csrf),
                        false,
                        LIFETIME));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SessionResponse current(Authentication authentication) {
        // The account as it is now: AccountStateFilter has checked it still matches the session.
        AccountService.AccountView account =
                accounts.get(Caller.of(authentication).accountId());
        return response(account);
    }

    @Delete
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, Authentication authentication) {
        accounts.signedOut(Caller.of(authentication, request).actor());
        return HttpResponse.noContent()
                .cookie(cookie(JWT_COOKIE, "", true, Duration.ZERO))
                .cookie(cookie(CsrfFilter.COOKIE, "", false, Duration.ZERO));
    }

    @Post("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Problem> changePassword(
            HttpRequest<?> request, Authentication authentication, @Body PasswordChange body) {
        Caller caller = Caller.of(authentication, request);
        accounts.changePassword(
                caller.accountId(),
                body.currentPassword() == null ? "" : body.currentPassword(),
                body.newPassword() == null ? "" : body.newPassword(),
                caller.actor());
        return HttpResponse.noContent();
    }

    private static SessionResponse response(AccountService.AccountView account) {
        return new SessionResponse(
                account.id(),
                account.login(),
                account.role(),
                account.organizationId(),
                account.teamIds(),
                account.mustChangePassword());
    }

    private Cookie cookie(String name, String value, boolean httpOnly, Duration maxAge) {
        return Cookie.of(name, value)
                .path("/")
                .httpOnly(httpOnly)
                .sameSite(SameSite.Strict)
                .secure(secureCookies)
                .maxAge(maxAge);
    }
}
