package org.deban;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A thin test helper over the real HTTP API: JSON in as maps, JSON out as maps, and errors returned as responses
 * instead of thrown, so tests read like what a client sees. It calls the API as a test would: reads anonymously, writes as the test administrator ({@link TestAccounts}), signed in
 * on the first write with the session cookie and CSRF header a browser would send. {@link #signedIn} calls everything
 * as one account; {@link #anonymous} writes anonymously too.
 */
public final class ApiClient {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final HttpClient client;
    private final @Nullable String login;
    private final @Nullable String password;
    private final boolean readsSignedIn;
    private @Nullable String jwt;
    private @Nullable String csrf;

    public ApiClient(HttpClient client) {
        this(client, TestAccounts.ADMIN, TestAccounts.PASSWORD, false);
    }

    private ApiClient(HttpClient client, @Nullable String login, @Nullable String password, boolean readsSignedIn) {
        this.client = client;
        this.login = login;
        this.password = password;
        this.readsSignedIn = readsSignedIn;
    }

    /** Every call as this account. */
    public static ApiClient signedIn(HttpClient client, String login, String password) {
        return new ApiClient(client, login, password, true);
    }

    /** Every call anonymous, writes included. */
    public static ApiClient anonymous(HttpClient client) {
        return new ApiClient(client, null, null, false);
    }

    public HttpResponse<Map<String, Object>> get(String path) {
        return exchange(HttpRequest.GET(path));
    }

    public HttpResponse<Map<String, Object>> post(String path, Object body) {
        return exchange(HttpRequest.POST(path, body));
    }

    public HttpResponse<Map<String, Object>> put(String path, Object body) {
        return exchange(HttpRequest.PUT(path, body));
    }

    /** The body of a successful call; fails the test with the problem document otherwise. */
    public Map<String, Object> ok(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError(
                    "HTTP " + response.code() + ": " + response.getBody(MAP).orElse(null));
        }
        return response.body();
    }

    public long id(HttpResponse<Map<String, Object>> response) {
        return ((Number) ok(response).get("id")).longValue();
    }

    public HttpResponse<Map<String, Object>> exchange(HttpRequest<?> request) {
        boolean write = !request.getMethod().equals(HttpMethod.GET);
        if (login != null && (write || readsSignedIn)) {
            if (jwt == null) signIn();
            MutableHttpRequest<?> mutable = (MutableHttpRequest<?>) request;
            mutable.cookie(Cookie.of("JWT", jwt))
                    .cookie(Cookie.of("deban-csrf", csrf))
                    .header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    private void signIn() {
        HttpResponse<Map<String, Object>> response =
                send(HttpRequest.POST("/api/v1/session", Map.of("login", login, "password", password)));
        if (response.code() != 200) {
            throw new AssertionError(
                    "signing in as " + login + ": HTTP " + response.code() + " " + response.getBody(MAP));
        }
        jwt = response.getCookie("JWT").orElseThrow().getValue();
        csrf = response.getCookie("deban-csrf").orElseThrow().getValue();
    }

    private HttpResponse<Map<String, Object>> send(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, MAP);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            response.getBody(MAP);
            return response;
        }
    }

    public static Map<String, Object> body(HttpResponse<Map<String, Object>> response) {
        return response.getBody(MAP).orElseThrow();
    }
}
