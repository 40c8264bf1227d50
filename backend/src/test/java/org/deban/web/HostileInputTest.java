package org.deban.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.sql.DataSource;
import org.deban.ApiClient;
import org.deban.Sql;
import org.deban.catalogue.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input written to break things is stored and returned as data, or refused with a problem document; never a 5xx. */
@MicronautTest(transactional = false)
class HostileInputTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('出番')</script>",
                "<img src=x onerror=alert(1)>",
                "'; DROP TABLE place; --",
                "\" OR 1=1 --",
                "Robert'); DELETE FROM offer;--",
                "${jndi:ldap://example.invalid/a}",
                "{{7*7}}"
            })
    void textIsStoredAndReturnedExactlyAsSent(String hostile) {
        ApiClient api = new ApiClient(http);
        Sql sql = new Sql(dataSource);
        long placesBefore = sql.count("SELECT count(*) FROM place");
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization(hostile)));
        Map<String, Object> request = Fixtures.place(organization, hostile);
        request.put("description", hostile + " の説明");
        long place = api.id(api.post("/api/v1/places", request));

        HttpResponse<Map<String, Object>> read = api.get("/api/v1/places/" + place);
        assertThat(read.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(api.ok(read)).containsEntry("name", hostile).containsEntry("description", hostile + " の説明");
        assertThat(sql.count("SELECT count(*) FROM place")).isEqualTo(placesBefore + 1);

        // The same strings as filters and search text are values, never code.
        String q = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
        assertThat(api.get("/api/v1/search?q=" + q).code()).isEqualTo(200);
        HttpResponse<Map<String, Object>> filtered = api.get("/api/v1/places?kind=" + q);
        assertThat(filtered.code()).isEqualTo(400);
        assertThat(filtered.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "あ".repeat(1_500_000); // 4.5 MB of UTF-8
        HttpResponse<Map<String, Object>> refused =
                new ApiClient(http).exchange(HttpRequest.POST("/api/v1/organizations", Map.of("name", huge)));
        assertThat(refused.code()).isEqualTo(413);
        assertThat(refused.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
        assertThat(refused.getBody(MAP)).get().extracting(m -> m.get("status")).isEqualTo(413);
    }

    @Test
    void aBodyJustUnderTheLimitIsStillReadAndJudgedOnItsFields() {
        HttpResponse<Map<String, Object>> response =
                new ApiClient(http).post("/api/v1/organizations", Map.of("name", "い".repeat(300_000)));
        assertThat(response.code()).isEqualTo(400);
        assertThat(String.valueOf(response.getBody(MAP).orElseThrow().get("errors")))
                .contains("name");
    }
}
