package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vector tiles as a map client reads them: valid MVT, the sensitive-place rule, clusters, caching. */
@MicronautTest(transactional = false)
class TileApiTest {
    static final GeoPoint CENTRE = GeoPoint.of(31.5, 139.5);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    ApiClient api;
    String layer;
    GeoPoint exact;
    GeoPoint hidden;
    long exactId;
    long hiddenId;

    @BeforeEach
    void placesInADistrict() {
        api = new ApiClient(http);
        layer = "t-" + UUID.randomUUID().toString().substring(0, 8);
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "タイル地区", AreaLayerKind.DISTRICT, false, null),
                List.of(new AreaInput(0, "T", "タイル地区", null, "{}", Shapes.square(CENTRE.lat(), CENTRE.lon(), 0.05))),
                done -> {});
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("タイルの会")));
        exact = GeoPoint.of(CENTRE.lat() + 0.01, CENTRE.lon() + 0.012);
        hidden = GeoPoint.of(CENTRE.lat() - 0.04, CENTRE.lon() - 0.04);
        exactId = api.id(api.post("/api/v1/places", Fixtures.placeAt(organization, "みんなの食堂", exact, "EXACT")));
        hiddenId = api.id(api.post("/api/v1/places", Fixtures.placeAt(organization, "ひみつの居場所", hidden, "AREA_ONLY")));
    }

    @Test
    void aPlaceIsDrawnWhereItIsAndASensitivePlaceOnlyAtItsDistrict() {
        int z = 15;
        Map<String, Mvt.Layer> tile = Mvt.decode(tile("places", Tile.containing(exact, z)));
        Mvt.Feature drawn = feature(tile.get("places"), exactId);
        assertThat(drawn.type()).isEqualTo(1);
        assertThat(drawn.properties()).containsEntry("name", "みんなの食堂").containsEntry("areaOnly", false);
        GeoPoint at = Tile.containing(exact, z)
                .toLonLat(drawn.points().getFirst(), tile.get("places").extent());
        assertThat(at.distanceKm(exact)).isLessThan(0.01);

        Map<String, Mvt.Layer> whereItReallyIs = Mvt.decode(tile("places", Tile.containing(hidden, z)));
        assertThat(
                        whereItReallyIs.containsKey("places")
                                ? whereItReallyIs.get("places").features()
                                : List.<Mvt.Feature>of())
                .noneMatch(f -> Long.valueOf(hiddenId).equals(f.properties().get("id")));

        GeoPoint label = districtLabel(layer);
        Tile labelTile = Tile.containing(label, z);
        Mvt.Layer places = Mvt.decode(tile("places", labelTile)).get("places");
        Mvt.Feature shown = feature(places, hiddenId);
        assertThat(shown.properties()).containsEntry("areaOnly", true);
        GeoPoint shownAt = labelTile.toLonLat(shown.points().getFirst(), places.extent());
        assertThat(shownAt.distanceKm(label)).isLessThan(0.01);
        assertThat(shownAt.distanceKm(hidden)).isGreaterThan(3);
    }

    @Test
    void aSensitivePlaceMovesToTheDistrictACityImportsLater() {
        GeoPoint elsewhere = GeoPoint.of(CENTRE.lat() + 0.3, CENTRE.lon());
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("あとから地区の会")));
        long id = api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(
                        organization,
                        "地区が決まる前の居場所",
                        GeoPoint.of(elsewhere.lat() - 0.01, elsewhere.lon()),
                        "AREA_ONLY")));
        String later = "t-" + UUID.randomUUID().toString().substring(0, 8);
        importer.replaceLayer(
                new AreaLayerDefinition(later, "後から来た地区", AreaLayerKind.DISTRICT, false, null),
                List.of(new AreaInput(
                        0, "L", "後から来た地区", null, "{}", Shapes.square(elsewhere.lat(), elsewhere.lon(), 0.05))),
                done -> {});
        GeoPoint label = districtLabel(later);

        Tile labelTile = Tile.containing(label, 15);
        Mvt.Layer places = Mvt.decode(tile("places", labelTile)).get("places");
        GeoPoint shownAt = labelTile.toLonLat(feature(places, id).points().getFirst(), places.extent());
        assertThat(shownAt.distanceKm(label)).isLessThan(0.01);
    }

    @Test
    void atLowZoomPlacesAreCountedNotListed() {
        Map<String, Mvt.Layer> tile = Mvt.decode(tile("places", Tile.containing(CENTRE, 6)));
        long counted = tile.get("places").features().stream()
                .mapToLong(f -> ((Number) f.properties().get("count")).longValue())
                .sum();
        assertThat(counted).isGreaterThanOrEqualTo(2);
        assertThat(tile.get("places").features())
                .filteredOn(f -> ((Number) f.properties().get("count")).longValue() > 1)
                .allSatisfy(f -> assertThat(f.properties()).doesNotContainKeys("id", "name"));
    }

    @Test
    void areaTilesCarryBoundariesAndLabels() {
        Map<String, Mvt.Layer> tile = Mvt.decode(tile("areas", Tile.containing(CENTRE, 12)));
        assertThat(tile.get("areas").features())
                .anySatisfy(f -> assertThat(f.properties())
                        .containsEntry("layer", layer)
                        .containsEntry("name", "タイル地区")
                        .containsEntry("kind", "DISTRICT"));
        assertThat(tile.get("areas").features())
                .allSatisfy(f -> assertThat(f.type()).isEqualTo(3));
        assertThat(tile.get("area_labels").features())
                .anySatisfy(f -> assertThat(f.properties()).containsEntry("layer", layer));
    }

    @Test
    void anUnchangedTileIsNotSentAgain() {
        String path = Tile.containing(exact, 14).path("places");
        HttpResponse<byte[]> first = http.toBlocking().exchange(HttpRequest.GET(path), byte[].class);
        assertThat(first.getContentType().orElseThrow().toString()).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(first.header("Cache-Control")).contains("max-age");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"");

        HttpResponse<byte[]> again =
                http.toBlocking().exchange(HttpRequest.GET(path).header("If-None-Match", etag), byte[].class);
        assertThat(again.code()).isEqualTo(304);

        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("あとから来た会")));
        api.id(api.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "新しいサロン", GeoPoint.of(exact.lat(), exact.lon() + 0.0005), "EXACT")));
        HttpResponse<byte[]> changed =
                http.toBlocking().exchange(HttpRequest.GET(path).header("If-None-Match", etag), byte[].class);
        assertThat(changed.code()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void impossibleTilesAreRefusedWithTheField() {
        assertThat(problem("/api/v1/tiles/places/23/0/0.mvt")).contains("\"field\":\"z\"");
        assertThat(problem("/api/v1/tiles/places/3/8/0.mvt")).contains("\"field\":\"x\"");
        assertThat(api.get("/api/v1/tiles/people/3/1/1.mvt").code()).isEqualTo(404);
    }

    private String problem(String path) {
        try {
            http.toBlocking().exchange(HttpRequest.GET(path), String.class);
            throw new AssertionError("expected 400 for " + path);
        } catch (HttpClientResponseException e) {
            assertThat(e.getStatus().getCode()).isEqualTo(400);
            return e.getResponse().getBody(String.class).orElseThrow();
        }
    }

    @SuppressWarnings("unchecked")
    private GeoPoint districtLabel(String layerCode) {
        Map<String, Object> area = ((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/areas?layer=" + layerCode)).get("items"))
                .getFirst();
        Map<String, Number> point = (Map<String, Number>) area.get("representativePoint");
        return GeoPoint.of(point.get("lat").doubleValue(), point.get("lon").doubleValue());
    }

    /** S06, the resident half: a paused サロン is still on the map, marked paused. */
    @Test
    void S06_aPausedPlaceIsDrawnMarkedPaused() {
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("休止の会")));
        GeoPoint at = GeoPoint.of(CENTRE.lat() + 0.02, CENTRE.lon() - 0.015);
        Map<String, Object> body = Fixtures.placeAt(organization, "お休み中のサロン", at, "EXACT");
        body.put("status", "PAUSED");
        long paused = api.id(api.post("/api/v1/places", body));
        Mvt.Feature drawn =
                feature(Mvt.decode(tile("places", Tile.containing(at, 15))).get("places"), paused);
        assertThat(drawn.properties()).containsEntry("status", "PAUSED");
    }

    /** The tile's bytes; an empty tile is 204 No Content, read as no bytes (a tile with no layers). */
    private byte[] tile(String layerName, Tile tile) {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(tile.path(layerName)), byte[].class);
        return response.getBody().orElse(new byte[0]);
    }

    private static Mvt.Feature feature(Mvt.Layer layer, long id) {
        assertThat(layer).as("the places layer").isNotNull();
        return layer.features().stream()
                .filter(f -> Long.valueOf(id).equals(f.properties().get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("place " + id + " not in " + layer.features()));
    }

    /** Slippy-map tile maths, written out here so the test does not trust the code it checks. */
    record Tile(int z, int x, int y) {
        static Tile containing(GeoPoint p, int z) {
            double n = 1 << z;
            int x = (int) Math.floor((p.lon() + 180) / 360 * n);
            double lat = Math.toRadians(p.lat());
            int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
            return new Tile(z, x, y);
        }

        String path(String layer) {
            return "/api/v1/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt";
        }

        GeoPoint toLonLat(int[] point, int extent) {
            double n = 1 << z;
            double lon = (x + (double) point[0] / extent) / n * 360 - 180;
            double merc = Math.PI * (1 - 2 * (y + (double) point[1] / extent) / n);
            return GeoPoint.of(Math.toDegrees(Math.atan(Math.sinh(merc))), lon);
        }
    }
}
