package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.Casework;
import org.deban.Eventually;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaInput;
import org.deban.areas.AreaLayerDefinition;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.Shapes;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;

/** A sensitive place in search: at its 地区's point, without distance, last by distance — it cannot be trilaterated. */
@MicronautTest(transactional = false)
class SensitivePlaceSearchTest {
    static final GeoPoint DISTRICT = GeoPoint.of(32.8, 133.5);
    static final GeoPoint SECRET = GeoPoint.of(32.78, 133.48);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    @SuppressWarnings("unchecked")
    void searchingFromThreePointsRevealsNothingButTheDistrict() {
        ApiClient api = new ApiClient(http);
        String layer = "t-" + UUID.randomUUID().toString().substring(0, 8);
        double half = 0.05;
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "地区", AreaLayerKind.DISTRICT, false, null),
                List.of(new AreaInput(
                        0, "S", "見守り地区", null, "{}", Shapes.square(DISTRICT.lat(), DISTRICT.lon(), half))),
                done -> {});
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("秘密を守る会")));
        long secret = api.id(api.post("/api/v1/places", Fixtures.placeAt(organization, "ひなたの部屋", SECRET, "AREA_ONLY")));
        long open = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "ひなたの広場", GeoPoint.of(SECRET.lat(), SECRET.lon() + 0.01), "EXACT")));
        String words = "/api/v1/search?q=" + SearchApiTest.enc("ひなた");
        Eventually.until(() -> hits(api, words + "&lat=32.8&lon=133.5&radiusKm=20"), h -> h.size() >= 2);

        Map<String, Object> label = ((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/areas?layer=" + layer)).get("items"))
                .getFirst();
        Map<String, Number> labelPoint = (Map<String, Number>) label.get("representativePoint");

        for (GeoPoint from : List.of(
                GeoPoint.of(SECRET.lat() + 0.03, SECRET.lon()),
                GeoPoint.of(SECRET.lat(), SECRET.lon() + 0.03),
                GeoPoint.of(SECRET.lat() - 0.03, SECRET.lon() - 0.03))) {
            List<Map<String, Object>> hits =
                    hits(api, words + "&lat=" + from.lat() + "&lon=" + from.lon() + "&radiusKm=15&sort=DISTANCE");
            assertThat(hits)
                    .extracting(h -> ((Number) h.get("placeId")).longValue())
                    .containsSubsequence(open, secret);
            Map<String, Object> hit = hits.stream()
                    .filter(h -> ((Number) h.get("placeId")).longValue() == secret)
                    .findFirst()
                    .orElseThrow();
            assertThat(hit).containsEntry("areaOnly", true).containsEntry("distanceKm", null);
            assertThat((Map<String, Object>) hit.get("location")).isEqualTo(labelPoint);
            assertThat(hits.getLast().get("placeId"))
                    .as("never ordered by distance")
                    .isEqualTo(hit.get("placeId"));
        }

        // Those who may know where it is get its real point and distance: administrators, CSWs, its organisation.
        Casework work = Casework.start(http);
        String near = words + "&lat=" + SECRET.lat() + "&lon=" + (SECRET.lon() + 0.02) + "&radiusKm=15";
        for (ApiClient insider : List.of(work.admin, work.csw, work.member(organization))) {
            Map<String, Object> seen = hits(insider, near).stream()
                    .filter(h -> ((Number) h.get("placeId")).longValue() == secret)
                    .findFirst()
                    .orElseThrow();
            assertThat((Map<String, Object>) seen.get("location"))
                    .containsEntry("lat", SECRET.lat())
                    .containsEntry("lon", SECRET.lon());
            assertThat(((Number) seen.get("distanceKm")).doubleValue()).isBetween(1.5, 2.2);
        }
        Map<String, Object> outsider = hits(work.member(work.organization("よその会")), near).stream()
                .filter(h -> ((Number) h.get("placeId")).longValue() == secret)
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, Object>) outsider.get("location")).isEqualTo(labelPoint);
        assertThat(outsider.get("distanceKm")).isNull();

        assertThat(hits(api, words + "&lat=" + SECRET.lat() + "&lon=" + SECRET.lon() + "&radiusKm=0.5"))
                .as("a small circle around the real point does not find it")
                .extracting(h -> ((Number) h.get("placeId")).longValue())
                .doesNotContain(secret);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(ApiClient api, String path) {
        return (List<Map<String, Object>>) api.ok(api.get(path)).get("items");
    }
}
