package org.deban.accounts;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.deban.common.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Double-submit CSRF check for writes made with the session cookie: the request must also carry, in the
 * {@value #HEADER} header, the token of the {@value #COOKIE} cookie, which only Deban's own pages can read. Requests
 * without a session cookie carry no ambient authority and are left to the endpoint's own rules; signing in is
 * exempt (there is no session yet).
 */
@ServerFilter("/api/**")
class CsrfFilter {
    static final String COOKIE = "deban-csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) return null;
        if (request.getMethod() == HttpMethod.POST && request.getPath().equals("/api/v1/session")) return null;
        if (request.getCookies().findCookie(SessionController.JWT_COOKIE).isEmpty()) return null;
        String expected =
                request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("");
        String sent = request.getHeaders().get(HEADER, String.class).orElse("");
        if (!expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return Problems.of(HttpStatus.FORBIDDEN, "画面を開き直してから、もう一度操作してください（CSRFトークンがありません）");
    }
}
