package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.deban.ApiClient;
import org.deban.Sql;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;

/** Area layers as a city imports them and as clients list them; places follow their areas. */
@MicronautTest(transactional = false)
class AreaApiTest {
    static final double LAT = 31.0;
    static final double LON = 139.0;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Inject
    DataSource dataSource;

    @Inject
    io.micronaut.json.JsonMapper json;

    private static String newLayer() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AreaLayerDefinition district(String code) {
        return new AreaLayerDefinition(code, "テスト地区", AreaLayerKind.DISTRICT, false, "テスト");
    }

    @Test
    @SuppressWarnings("unchecked")
    void importReportsEveryFeatureRepairsWhatItCanAndListsTheAreas() throws java.io.IOException {
        String layer = newLayer();
        ImportReport report = importer.replaceLayer(
                district(layer),
                List.of(
                        new AreaInput(0, "A", "北地区", null, "{}", Shapes.square(LAT + 0.02, LON, 0.01)),
                        new AreaInput(1, "B", "南地区", null, "{}", Shapes.square(LAT, LON, 0.01)),
                        new AreaInput(2, "C", "蝶地区", null, "{}", Shapes.bowTie(LAT - 0.02, LON, 0.005)),
                        new AreaInput(3, " ", "名無し", null, "{}", Shapes.square(LAT, LON + 0.1, 0.01)),
                        new AreaInput(
                                4,
                                "D",
                                "線",
                                null,
                                "{}",
                                "{\"type\":\"LineString\",\"coordinates\":[[139,31],[139.1,31]]}"),
                        new AreaInput(5, "E", "壊れ", null, "{}", "{\"type\":\"Polygon\",\"coordinates\":[[1,2"),
                        new AreaInput(6, "F", "平面直角", null, "{}", Shapes.square(-30000, 20000, 500)),
                        new AreaInput(7, "A", "北地区（離島）", null, "{}", Shapes.square(LAT + 0.02, LON + 0.05, 0.005))),
                done -> {});

        assertThat(report.features()).isEqualTo(8);
        assertThat(report.areas()).isEqualTo(3);
        assertThat(report.repaired())
                .extracting(ImportReport.FeatureNote::index)
                .containsExactly(2);
        assertThat(report.rejected())
                .extracting(ImportReport.FeatureNote::index)
                .containsExactly(3, 4, 5, 6);
        assertThat(report.rejected().get(0).reason()).contains("コード");
        assertThat(report.rejected().get(1).reason()).contains("ポリゴン");
        assertThat(report.rejected().get(3).reason()).contains("範囲外");
        assertThat(report.warnings()).extracting(ImportReport.FeatureNote::code).containsExactly("A");

        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> areas = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas?layer=" + layer)).get("items");
        assertThat(areas).extracting(a -> a.get("code")).containsExactly("A", "B", "C");
        Map<String, Object> north = areas.getFirst();
        assertThat(north)
                .containsEntry("name", "北地区")
                .containsEntry("kind", "DISTRICT")
                .containsEntry("approximate", false);
        Map<String, Number> point = (Map<String, Number>) north.get("representativePoint");
        assertThat(point.get("lat").doubleValue()).isBetween(LAT + 0.01, LAT + 0.03);
        List<Number> bbox = (List<Number>) north.get("bbox");
        assertThat(bbox.get(2).doubleValue())
                .as("east edge includes the merged island")
                .isGreaterThan(LON + 0.05);

        List<Map<String, Object>> containing = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas?layer=" + layer + "&lat=" + LAT + "&lon=" + LON))
                        .get("items");
        assertThat(containing).extracting(a -> a.get("code")).containsExactly("B");

        List<Map<String, Object>> layers = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas/layers?size=1000")).get("items");
        assertThat(layers)
                .anySatisfy(l -> assertThat(l)
                        .containsEntry("code", layer)
                        .containsEntry("areas", 3)
                        .containsEntry("kind", "DISTRICT"));

        var geoJsonResponse = http.toBlocking()
                .exchange(io.micronaut.http.HttpRequest.GET("/api/v1/areas.geojson?layer=" + layer), String.class);
        assertThat(geoJsonResponse.header("Content-Type")).isEqualTo("application/geo+json");
        Map<String, Object> geoJson = json.readValue(geoJsonResponse.body(), Map.class);
        assertThat(geoJson).containsEntry("type", "FeatureCollection");
        assertThat((List<Map<String, Object>>) geoJson.get("features"))
                .hasSize(3)
                .allSatisfy(
                        f -> assertThat((Map<String, Object>) f.get("geometry")).containsEntry("type", "MultiPolygon"));

        // Map libraries ask for JSON (MapLibre sends Accept: application/json): the same document answers.
        var asJson = http.toBlocking()
                .exchange(
                        io.micronaut.http.HttpRequest.GET("/api/v1/areas.geojson?layer=" + layer)
                                .accept(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE),
                        String.class);
        assertThat(json.readValue(asJson.body(), Map.class)).containsEntry("type", "FeatureCollection");

        long id = ((Number) north.get("id")).longValue();
        assertThat(api.ok(api.get("/api/v1/areas/" + id))).containsEntry("code", "A");
        assertThat(api.get("/api/v1/areas/999999999").code()).isEqualTo(404);
    }

    /** The 町丁目 a resident may narrow a 地区 to: those whose representative point lies in it. */
    @Test
    @SuppressWarnings("unchecked")
    void withinListsTheFinerAreasOfAnArea() throws java.io.IOException {
        String districts = newLayer();
        String towns = newLayer();
        double lat = LAT - 0.5;
        importer.replaceLayer(
                district(districts),
                List.of(
                        new AreaInput(0, "W", "西地区", null, "{}", Shapes.square(lat, LON, 0.02)),
                        new AreaInput(1, "E", "東地区", null, "{}", Shapes.square(lat, LON + 0.04, 0.02))),
                done -> {});
        importer.replaceLayer(
                new AreaLayerDefinition(towns, "テスト町丁目", AreaLayerKind.CHOME, true, "テスト"),
                List.of(
                        new AreaInput(0, "1", "西一丁目", null, "{}", Shapes.square(lat + 0.01, LON, 0.005)),
                        new AreaInput(1, "2", "西二丁目", null, "{}", Shapes.square(lat - 0.01, LON, 0.005)),
                        new AreaInput(2, "3", "東一丁目", null, "{}", Shapes.square(lat, LON + 0.04, 0.005))),
                done -> {});
        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> found = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas?layer=" + districts)).get("items");
        long west = found.stream()
                .filter(a -> a.get("name").equals("西地区"))
                .mapToLong(a -> ((Number) a.get("id")).longValue())
                .findFirst()
                .orElseThrow();

        List<Map<String, Object>> inWest =
                (List<Map<String, Object>>) api.ok(api.get("/api/v1/areas?layer=" + towns + "&within=" + west))
                        .get("items");
        assertThat(inWest).extracting(a -> a.get("name")).containsExactly("西一丁目", "西二丁目");
        Map<String, Object> geoJson = json.readValue(
                http.toBlocking()
                        .retrieve(io.micronaut.http.HttpRequest.GET(
                                "/api/v1/areas.geojson?layer=" + towns + "&within=" + west)),
                Map.class);
        assertThat((List<?>) geoJson.get("features")).hasSize(2);
        assertThat(api.get("/api/v1/areas?within=abc").code()).isEqualTo(400);
    }

    @Test
    void aFileWithNothingUsableLeavesTheLayerAsItWas() {
        String layer = newLayer();
        importer.replaceLayer(
                district(layer),
                List.of(new AreaInput(0, "K", "残る地区", null, "{}", Shapes.square(LAT, LON, 0.01))),
                done -> {});

        ImportReport report = importer.replaceLayer(
                district(layer),
                List.of(new AreaInput(0, "X", "点", null, "{}", "{\"type\":\"Point\",\"coordinates\":[139,31]}")),
                done -> {});

        assertThat(report.replaced()).isFalse();
        assertThat(report.rejected()).hasSize(1);
        ApiClient api = new ApiClient(http);
        assertThat(areaId(api, layer, "K")).isPositive();
    }

    @Test
    void aPointNeedsBothLatitudeAndLongitude() {
        ApiClient api = new ApiClient(http);
        var response = api.get("/api/v1/areas?lat=31.0");
        assertThat(response.code()).isEqualTo(400);
        assertThat(ApiClient.body(response).toString()).contains("lon");
    }

    @Test
    @SuppressWarnings("unchecked")
    void placesAreAssignedOnWriteAndFollowTheirAreasOnReimport() {
        String layer = newLayer();
        importer.replaceLayer(
                district(layer),
                List.of(
                        new AreaInput(0, "N", "北", null, "{}", Shapes.square(LAT + 0.2, LON, 0.05)),
                        new AreaInput(1, "S", "南", null, "{}", Shapes.square(LAT + 0.1, LON, 0.05))),
                done -> {});
        ApiClient api = new ApiClient(http);
        long north = areaId(api, layer, "N");
        long south = areaId(api, layer, "S");
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("区域テストの会")));
        Map<String, Object> request = Fixtures.place(organization, "海の上のサロン");
        request.put("location", Map.of("lat", LAT + 0.2, "lon", LON));
        Map<String, Object> created = api.ok(api.post("/api/v1/places", request));
        long place = ((Number) created.get("id")).longValue();

        assertThat((List<Map<String, Object>>) created.get("areas"))
                .filteredOn(a -> layer.equals(a.get("layer")))
                .extracting(a -> a.get("code"))
                .containsExactly("N");
        assertThat(placeIds(api, "/api/v1/places?areaId=" + north)).containsExactly(place);
        assertThat(placeIds(api, "/api/v1/places?areaId=" + south)).isEmpty();
        long offer = api.id(api.post("/api/v1/offers", Fixtures.offer(place, "受付ボランティア")));
        assertThat(placeIds(api, "/api/v1/offers?areaId=" + north)).containsExactly(offer);

        request.put("location", Map.of("lat", LAT + 0.1, "lon", LON));
        Map<String, Object> moved = api.ok(api.put("/api/v1/places/" + place, request));
        assertThat((List<Map<String, Object>>) moved.get("areas"))
                .filteredOn(a -> layer.equals(a.get("layer")))
                .extracting(a -> a.get("code"))
                .containsExactly("S");

        Sql sql = new Sql(dataSource);
        long outboxBefore =
                sql.count("SELECT count(*) FROM outbox WHERE entity_type = 'PLACE' AND entity_id = ?", place);
        ImportReport report = importer.replaceLayer(
                district(layer),
                List.of(new AreaInput(0, "ALL", "全域", null, "{}", Shapes.square(LAT + 0.15, LON, 0.1))),
                done -> {});
        assertThat(report.placesMoved()).isEqualTo(1);
        assertThat(sql.count("SELECT count(*) FROM outbox WHERE entity_type = 'PLACE' AND entity_id = ?", place))
                .isEqualTo(outboxBefore + 1);
        assertThat((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/places/" + place)).get("areas"))
                .filteredOn(a -> layer.equals(a.get("layer")))
                .extracting(a -> a.get("code"))
                .containsExactly("ALL");
        assertThat(api.get("/api/v1/areas/" + north).code())
                .as("the old areas are gone")
                .isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSensitivePlaceIsFoundByItsDistrictButNeverByAFinerArea() {
        GeoPoint at = GeoPoint.of(LAT + 0.5, LON);
        String district = newLayer();
        String chome = newLayer();
        importer.replaceLayer(
                district(district),
                List.of(new AreaInput(0, "D", "地区", null, "{}", Shapes.square(at.lat(), at.lon(), 0.05))),
                done -> {});
        importer.replaceLayer(
                new AreaLayerDefinition(chome, "町丁目", AreaLayerKind.CHOME, false, null),
                List.of(new AreaInput(0, "C", "一丁目", null, "{}", Shapes.square(at.lat(), at.lon(), 0.005))),
                done -> {});
        ApiClient api = new ApiClient(http);
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("見守りの会")));
        Map<String, Object> created =
                api.ok(api.post("/api/v1/places", Fixtures.placeAt(organization, "ひみつのサロン", at, "AREA_ONLY")));
        long place = ((Number) created.get("id")).longValue();
        long offer = api.id(api.post("/api/v1/offers", Fixtures.offer(place, "話し相手")));

        // Its author sees every area it lies in; the public no area finer than its 地区.
        assertThat((List<Map<String, Object>>) created.get("areas"))
                .extracting(a -> a.get("layer"))
                .contains(district, chome);
        assertThat((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/places/" + place)).get("areas"))
                .extracting(a -> a.get("layer"))
                .contains(district)
                .doesNotContain(chome);
        assertThat(placeIds(api, "/api/v1/places?areaId=" + areaId(api, district, "D")))
                .containsExactly(place);
        assertThat(placeIds(api, "/api/v1/places?areaId=" + areaId(api, chome, "C")))
                .isEmpty();
        assertThat(placeIds(api, "/api/v1/offers?areaId=" + areaId(api, district, "D")))
                .containsExactly(offer);
        assertThat(placeIds(api, "/api/v1/offers?areaId=" + areaId(api, chome, "C")))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    static long areaId(ApiClient api, String layer, String code) {
        return ((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/areas?layer=" + layer)).get("items"))
                .stream()
                        .filter(a -> code.equals(a.get("code")))
                        .map(a -> ((Number) a.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> placeIds(ApiClient api, String path) {
        return ((List<Map<String, Object>>) api.ok(api.get(path)).get("items"))
                .stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }
}
