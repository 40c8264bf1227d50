package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deban.ApiClient;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * How Deban scales past one machine: two app instances on one database, each with its own index,
 * written to alternately, converge to the same search results.
 */
@MicronautTest(transactional = false)
class TwoInstancesTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void writesToEitherInstanceAreFoundOnBoth() {
        try (EmbeddedServer second =
                        ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "test");
                HttpClient secondHttp = second.getApplicationContext().createBean(HttpClient.class, second.getURL())) {
            ApiClient a = new ApiClient(http);
            ApiClient b = new ApiClient(secondHttp);
            long organization = a.id(a.post("/api/v1/organizations", Fixtures.organization("二台の会")));
            long first = a.id(a.post(
                    "/api/v1/places", Fixtures.placeAt(organization, "やまびこ食堂 一号", GeoPoint.of(33.6, 134.9), "EXACT")));
            long other = b.id(b.post(
                    "/api/v1/places", Fixtures.placeAt(organization, "やまびこ食堂 二号", GeoPoint.of(33.61, 134.9), "EXACT")));
            Map<String, Object> renamed =
                    Fixtures.placeAt(organization, "やまびこ食堂 一号館", GeoPoint.of(33.6, 134.9), "EXACT");
            b.put("/api/v1/places/" + first, renamed);

            String path = "/api/v1/search?q=" + SearchApiTest.enc("やまびこ食堂") + "&lat=33.6&lon=134.9&radiusKm=10";
            Set<String> expected = Set.of(first + " やまびこ食堂 一号館", other + " やまびこ食堂 二号");
            assertThat(Eventually.until(() -> found(a, path), expected::equals)).isEqualTo(expected);
            assertThat(Eventually.until(() -> found(b, path), expected::equals)).isEqualTo(expected);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> found(ApiClient api, String path) {
        return ((List<Map<String, Object>>) api.ok(api.get(path)).get("items"))
                .stream()
                        .filter(h -> "PLACE".equals(h.get("type")))
                        .map(h -> h.get("placeId") + " " + h.get("title"))
                        .collect(Collectors.toSet());
    }
}
