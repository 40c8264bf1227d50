package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.deban.gis.travel.StraightLineEstimator;
import org.deban.gis.travel.TravelMode;
import org.junit.jupiter.api.Test;

/** "徒歩15分": reach from a point or an area, against places stored in PostGIS. */
@MicronautTest(transactional = false)
class ReachApiTest {
    static final GeoPoint HOME = GeoPoint.of(30.5, 138.5);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    @SuppressWarnings("unchecked")
    void estimatesEveryModeFromAPointAndFromAnArea() {
        ApiClient api = new ApiClient(http);
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("歩いて行ける会")));
        GeoPoint salon = GeoPoint.of(HOME.lat() + 0.009, HOME.lon());
        long place = api.id(api.post("/api/v1/places", Fixtures.placeAt(organization, "近くのサロン", salon, "EXACT")));

        Map<String, Object> reach =
                api.ok(api.get("/api/v1/reach?placeId=" + place + "&lat=" + HOME.lat() + "&lon=" + HOME.lon()));
        List<Map<String, Object>> estimates = (List<Map<String, Object>>) reach.get("estimates");
        assertThat(estimates).extracting(e -> e.get("mode")).containsExactly("WALK", "BICYCLE", "BUS", "CAR");
        Map<String, Object> walk = estimates.getFirst();
        int minutes = new StraightLineEstimator()
                .estimate(HOME, salon, TravelMode.WALK)
                .minutes();
        assertThat(walk).containsEntry("minutes", minutes).containsEntry("label", "徒歩" + minutes + "分");
        assertThat(((Number) walk.get("straightKm")).doubleValue())
                .isCloseTo(HOME.distanceKm(salon), org.assertj.core.data.Offset.offset(0.01));
        assertThat(((Number) estimates.get(1).get("minutes")).intValue()).isLessThan(minutes);

        String layer = "t-" + UUID.randomUUID().toString().substring(0, 8);
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "町丁目", AreaLayerKind.CHOME, false, null),
                List.of(new AreaInput(0, "H", "家のある町", null, "{}", Shapes.square(HOME.lat(), HOME.lon(), 0.002))),
                done -> {});
        long area = AreaApiTest.areaId(api, layer, "H");
        Map<String, Object> fromArea = api.ok(api.get("/api/v1/reach?placeId=" + place + "&areaId=" + area));
        Map<String, Number> from = (Map<String, Number>) fromArea.get("from");
        assertThat(GeoPoint.of(from.get("lat").doubleValue(), from.get("lon").doubleValue())
                        .distanceKm(HOME))
                .isLessThan(0.3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsOnlyPlacesWithinTheMinutesNearestFirstAndNeverASensitivePlace() {
        ApiClient api = new ApiClient(http);
        GeoPoint start = GeoPoint.of(HOME.lat() - 0.2, HOME.lon());
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("近所の会")));
        long near = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "すぐそこ", GeoPoint.of(start.lat() + 0.003, start.lon()), "EXACT")));
        long nearer = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "となり", GeoPoint.of(start.lat() + 0.001, start.lon()), "EXACT")));
        long far = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "遠く", GeoPoint.of(start.lat() + 0.05, start.lon()), "EXACT")));
        long hidden = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "ひみつ", GeoPoint.of(start.lat() + 0.002, start.lon()), "AREA_ONLY")));

        Map<String, Object> page = api.ok(
                api.get("/api/v1/reach/places?lat=" + start.lat() + "&lon=" + start.lon() + "&mode=WALK&minutes=15"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items)
                .extracting(i -> ((Number) ((Map<String, Object>) i.get("place")).get("id")).longValue())
                .containsExactly(nearer, near)
                .doesNotContain(far, hidden);
        assertThat(items)
                .allSatisfy(i -> assertThat(((Map<String, Object>) i.get("travel")).get("label"))
                        .asString()
                        .startsWith("徒歩"));

        Map<String, Object> toHidden =
                api.ok(api.get("/api/v1/reach?placeId=" + hidden + "&lat=" + start.lat() + "&lon=" + start.lon()));
        assertThat(toHidden).containsEntry("areaOnly", true);
        assertThat((List<?>) toHidden.get("estimates"))
                .as("no distance to a sensitive place")
                .isEmpty();

        Map<String, Object> byCar = api.ok(
                api.get("/api/v1/reach/places?lat=" + start.lat() + "&lon=" + start.lon() + "&mode=CAR&minutes=30"));
        assertThat((List<Map<String, Object>>) byCar.get("items"))
                .extracting(i -> ((Number) ((Map<String, Object>) i.get("place")).get("id")).longValue())
                .contains(far);
    }

    @Test
    void aStartAndSensibleMinutesAreRequired() {
        ApiClient api = new ApiClient(http);
        assertThat(api.get("/api/v1/reach/places?minutes=15").code()).isEqualTo(400);
        var tooLong = api.get("/api/v1/reach/places?lat=35&lon=136&minutes=999");
        assertThat(tooLong.code()).isEqualTo(400);
        assertThat(ApiClient.body(tooLong).toString()).contains("minutes");
    }
}
