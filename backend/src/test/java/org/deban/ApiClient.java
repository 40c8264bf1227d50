package org.deban;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/**
 * A thin test helper over the real HTTP API: JSON in as maps, JSON out as maps, and errors
 * returned as responses instead of thrown, so tests read like what a client sees.
 */
public final class ApiClient {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final HttpClient client;

    public ApiClient(HttpClient client) {
        this.client = client;
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
