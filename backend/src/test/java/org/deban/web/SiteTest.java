package org.deban.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;

/** What a newcomer opens first: the app, its API docs, health and the data credits. */
@MicronautTest(transactional = false)
class SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    String text(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path), String.class);
    }

    @Test
    void openApiDocumentDescribesTheCatalogue() {
        String yaml = text("/api/openapi.yml");
        assertThat(yaml).startsWith("openapi: 3").contains("/api/v1/places", "/api/v1/offers", "/api/v1/organizations");
    }

    @Test
    void apiDocsOpenTheSwaggerUiOnTheProjectsDocument() {
        HttpResponse<String> docs = http.toBlocking().exchange(HttpRequest.GET("/api/docs"), String.class);
        assertThat(docs.code()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
        assertThat(text("/swagger/openapi.yml")).isEqualTo(text("/api/openapi.yml"));
        assertThat(http.toBlocking()
                        .exchange(HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js"))
                        .code())
                .isEqualTo(200);
    }

    @Test
    void healthIsUp() {
        assertThat(text("/health")).contains("\"status\":\"UP\"");
    }

    @Test
    void appPagesAreServedForClientSideRoutes() {
        assertThat(text("/")).contains("<div id=\"app\">");
        assertThat(text("/credits")).isEqualTo(text("/"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void creditsNameEveryShippedSource() {
        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> credits =
                (List<Map<String, Object>>) api.ok(api.get("/api/v1/credits")).get("items");
        assertThat(credits)
                .extracting(c -> (String) c.get("credit"))
                .anyMatch(c -> c.contains("国土数値情報"))
                .anyMatch(c -> c.contains("Geolonia 住所データ"));
    }
}
