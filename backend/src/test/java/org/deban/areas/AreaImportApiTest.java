package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;

/** An administrator imports a layer from the browser and reads the same per-feature report as the command line's. */
@MicronautTest(transactional = false)
class AreaImportApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    private static String feature(String code, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\"},\"geometry\":" + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    @SuppressWarnings("unchecked")
    void importsTheUsableFeaturesAndSaysWhyTheOthersWereLeftOut() {
        String layer = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String file = collection(
                feature("N", "北校区", Shapes.square(30.5, 139.5, 0.01)),
                feature("S", "南校区", Shapes.square(30.47, 139.5, 0.01)),
                feature("", "コードなし", Shapes.square(30.44, 139.5, 0.01)));
        ApiClient admin = new ApiClient(http);

        Map<String, Object> report = admin.ok(admin.exchange(HttpRequest.POST(
                        "/api/v1/area-layers/" + layer
                                + "/import?name=%E3%83%86%E3%82%B9%E3%83%88%E6%A0%A1%E5%8C%BA&kind=SCHOOL_DISTRICT"
                                + "&codeProperty=code&nameProperty=name",
                        file)
                .contentType("application/geo+json")));

        assertThat(report)
                .containsEntry("replaced", true)
                .containsEntry("features", 3)
                .containsEntry("areas", 2);
        List<Map<String, Object>> rejected = (List<Map<String, Object>>) report.get("rejected");
        assertThat(rejected).singleElement().satisfies(note -> assertThat(note).containsEntry("index", 2));
        Map<String, Object> areas = admin.ok(admin.get("/api/v1/areas?layer=" + layer));
        assertThat((List<Map<String, Object>>) areas.get("items"))
                .extracting(a -> a.get("name"))
                .containsExactlyInAnyOrder("北校区", "南校区");
        Map<String, Object> audit =
                admin.ok(ApiClient.signedIn(http, org.deban.TestAccounts.ADMIN, org.deban.TestAccounts.PASSWORD)
                        .get("/api/v1/audit?action=AREA_LAYER_IMPORTED&targetId=" + layer));
        assertThat((List<?>) audit.get("items")).hasSize(1);
    }

    @Test
    void aFileThatIsNotGeoJsonOrALayoutWithoutPropertiesIsAFieldError() {
        ApiClient admin = new ApiClient(http);
        var noProperties = admin.exchange(
                HttpRequest.POST("/api/v1/area-layers/t-x/import", collection()).contentType("application/geo+json"));
        assertThat(noProperties.code()).isEqualTo(400);
        assertThat(body(noProperties).toString()).contains("codeProperty").contains("nameProperty");

        var garbage = admin.exchange(HttpRequest.POST("/api/v1/area-layers/t-x/import?preset=A27", "これは地図ではない")
                .contentType("application/geo+json"));
        assertThat(garbage.code()).isEqualTo(400);
        assertThat(body(garbage).toString()).contains("file");
    }
}
