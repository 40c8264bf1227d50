package org.deban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue API over HTTP against the real PostGIS: what a client of /api/v1 sees. */
@MicronautTest(transactional = false)
@Property(name = "deban.clock.fixed", value = "2026-09-10T01:00:00Z")
class CatalogueApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(http);
    }

    long newOrganization() {
        return api.id(api.post("/api/v1/organizations", Fixtures.organization("テスト団体 " + UUID.randomUUID())));
    }

    @Test
    void registeredPlaceAndOfferCanBeReadBackAndListed() {
        long org = newOrganization();
        HttpResponse<Map<String, Object>> created = api.post("/api/v1/places", Fixtures.place(org, "ふれあいサロン祖父江"));
        assertThat(created.code()).isEqualTo(201);
        long placeId = api.id(created);
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/places/" + placeId);

        Map<String, Object> place = api.ok(api.get("/api/v1/places/" + placeId));
        assertThat(place)
                .containsEntry("name", "ふれあいサロン祖父江")
                .containsEntry("kind", "SALON")
                .containsEntry("status", "ACTIVE")
                .containsEntry("sensitivity", "EXACT")
                .containsEntry("lastConfirmedOn", "2026-09-10")
                .containsEntry("stale", false)
                .containsEntry("location", Map.of("lat", 35.2524, "lon", 136.7044))
                .containsEntry("tags", List.of("FIRST_TIMERS_WELCOME", "CONVERSATION"));
        assertThat(place.get("accessibility"))
                .isEqualTo(Map.of(
                        "floor", 1,
                        "elevator", false,
                        "stepFree", true,
                        "accessibleToilet", false,
                        "parking", true,
                        "busStopNearby", false,
                        "writtenCommunication", false));

        long offerId = api.id(api.post("/api/v1/offers", Fixtures.offer(placeId, "受付ボランティア")));
        Map<String, Object> offer = api.ok(api.get("/api/v1/offers/" + offerId));
        assertThat(offer)
                .containsEntry("placeName", "ふれあいサロン祖父江")
                .containsEntry("placeStatus", "ACTIVE")
                .containsEntry("type", "VOLUNTEER_ROLE")
                .containsEntry("mode", "ON_SITE")
                .containsEntry("roleLevels", List.of(2))
                .containsEntry("openSlots", 1);

        Map<String, Object> places = api.ok(api.get("/api/v1/places?organizationId=" + org));
        assertThat(places).containsEntry("total", 1).containsEntry("page", 0).containsEntry("size", 50);
        assertThat(ids(places)).containsExactly(placeId);
        assertThat(ids(api.ok(api.get("/api/v1/offers?placeId=" + placeId)))).containsExactly(offerId);
        assertThat(ids(api.ok(api.get("/api/v1/offers?organizationId=" + org + "&type=VENUE"))))
                .isEmpty();
    }

    @Test
    void invalidPlaceIsRefusedWithEveryBadFieldNamedAndNothingIsWritten() {
        long org = newOrganization();
        Map<String, Object> bad = Fixtures.place(org, " ");
        bad.put("location", Map.of("lat", 95.0, "lon", 136.7));
        bad.put("kind", null);

        HttpResponse<Map<String, Object>> response = api.post("/api/v1/places", bad);

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = body(response);
        assertThat(problem).containsEntry("status", 400).containsKeys("type", "title", "detail");
        assertThat(fieldCodes(problem))
                .containsEntry("name", "REQUIRED")
                .containsEntry("kind", "REQUIRED")
                .containsEntry("location.lat", "OUT_OF_RANGE");
        assertThat(api.ok(api.get("/api/v1/places?organizationId=" + org))).containsEntry("total", 0);
    }

    @Test
    void domainRulesAreCheckedAfterTheShape() {
        long org = newOrganization();
        Map<String, Object> swapped = Fixtures.place(org, "逆さまの座標");
        swapped.put("location", Map.of("lat", 136.7044, "lon", 35.2524));
        swapped.put("tags", List.of("FIRST_TIMERS_WELCOME", "NO_SUCH_TAG"));

        HttpResponse<Map<String, Object>> response = api.post("/api/v1/places", swapped);

        assertThat(response.code()).isEqualTo(400);
        Map<String, Object> problem = body(response);
        assertThat(fieldCodes(problem))
                .containsEntry("location", "OUT_OF_RANGE")
                .containsEntry("tags[1]", "INVALID_VALUE");
        assertThat(messages(problem)).anyMatch(m -> m.contains("逆"));

        Map<String, Object> orphan = Fixtures.place(999_999_999L, "団体なし");
        assertThat(fieldCodes(body(api.post("/api/v1/places", orphan)))).containsEntry("organizationId", "NOT_FOUND");
        assertThat(api.ok(api.get("/api/v1/places?organizationId=" + org))).containsEntry("total", 0);
    }

    @Test
    void offerRulesNameTheirFields() {
        long placeId = api.id(api.post("/api/v1/places", Fixtures.place(newOrganization(), "会場")));
        Map<String, Object> offer = Fixtures.offer(placeId, "会場貸し");
        offer.put("type", "VENUE");
        offer.put("openSlots", 5);
        offer.put("minAge", 70);
        offer.put("maxAge", 60);
        offer.put("roleLevels", List.of(4));

        Map<String, Object> problem = body(api.post("/api/v1/offers", offer));

        assertThat(fieldCodes(problem)).containsEntry("roleLevels[0]", "OUT_OF_RANGE");
        offer.put("roleLevels", List.of(1));
        assertThat(fieldCodes(body(api.post("/api/v1/offers", offer))))
                .containsEntry("openSlots", "OUT_OF_RANGE")
                .containsEntry("maxAge", "OUT_OF_RANGE")
                .containsEntry("venue", "REQUIRED");
        assertThat(api.ok(api.get("/api/v1/offers?placeId=" + placeId))).containsEntry("total", 0);
    }

    @Test
    void unreadableInputIsA400ProblemNotAServerError() {
        HttpResponse<Map<String, Object>> malformed = api.exchange(
                HttpRequest.POST("/api/v1/organizations", "{\"name\": ").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(malformed.code()).isEqualTo(400);
        assertThat(body(malformed)).containsEntry("status", 400);

        Map<String, Object> badKind = Fixtures.organization("種別違い");
        badKind.put("kind", "CLUB");
        HttpResponse<Map<String, Object>> response = api.post("/api/v1/organizations", badKind);
        assertThat(response.code()).isEqualTo(400);
        assertThat(body(response)).containsEntry("status", 400);

        assertThat(api.get("/api/v1/places?kind=CASTLE").code()).isEqualTo(400);
    }

    @Test
    void pagingFollowsTheContract() {
        long org = newOrganization();
        for (int i = 0; i < 3; i++) api.ok(api.post("/api/v1/places", Fixtures.place(org, "サロン" + i)));

        Map<String, Object> second = api.ok(api.get("/api/v1/places?organizationId=" + org + "&page=1&size=2"));
        assertThat(second).containsEntry("total", 3).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(names(second)).containsExactly("サロン2");

        HttpResponse<Map<String, Object>> tooBig = api.get("/api/v1/places?size=1001");
        assertThat(tooBig.code()).isEqualTo(400);
        assertThat(fieldCodes(body(tooBig))).containsEntry("size", "OUT_OF_RANGE");
        assertThat(fieldCodes(body(api.get("/api/v1/places?page=-1")))).containsEntry("page", "OUT_OF_RANGE");
    }

    @Test
    void unknownIdsAndRoutesAre404Problems() {
        for (String path :
                List.of("/api/v1/places/999999999", "/api/v1/offers/999999999", "/api/v1/organizations/999999999")) {
            HttpResponse<Map<String, Object>> response = api.get(path);
            assertThat(response.code()).as(path).isEqualTo(404);
            assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
            assertThat(body(response))
                    .containsEntry("status", 404)
                    .containsEntry("type", "https://deban.org/problems/not-found");
        }
        assertThat(api.put("/api/v1/places/999999999", Fixtures.place(newOrganization(), "x"))
                        .code())
                .isEqualTo(404);
    }

    @Test
    void sensitivePlaceNeverShowsItsPointOrAddressToThePublic() {
        Map<String, Object> shelter = Fixtures.place(newOrganization(), "ひだまりの部屋");
        shelter.put("sensitivity", "AREA_ONLY");
        long id = api.id(api.post("/api/v1/places", shelter));

        Map<String, Object> place = api.ok(api.get("/api/v1/places/" + id));
        assertThat(place)
                .containsEntry("areaOnly", true)
                .containsEntry("location", null)
                .containsEntry("address", null);
        assertThat(place.toString()).doesNotContain("136.7044").doesNotContain("祖父江町祖父江");
    }

    @Test
    void confirmingAStalePlaceChangesOnlyItsConfirmationDate() {
        long org = newOrganization();
        Map<String, Object> old = Fixtures.place(org, "古い情報のサロン");
        old.put("lastConfirmedOn", "2026-03-10");
        long id = api.id(api.post("/api/v1/places", old));
        Map<String, Object> before = api.ok(api.get("/api/v1/places/" + id));
        assertThat(before).containsEntry("stale", true);
        // The list of places to confirm is the organisation's and the administrators' (S15).
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        assertThat(ids(admin.ok(admin.get("/api/v1/places?stale=true&organizationId=" + org))))
                .containsExactly(id);

        Map<String, Object> after = api.ok(api.post("/api/v1/places/" + id + "/confirm", Map.of()));

        assertThat(after).containsEntry("lastConfirmedOn", "2026-09-10").containsEntry("stale", false);
        before.keySet().removeAll(List.of("lastConfirmedOn", "stale", "updatedAt"));
        assertThat(after).containsAllEntriesOf(before);
        assertThat(ids(admin.ok(admin.get("/api/v1/places?stale=true&organizationId=" + org))))
                .isEmpty();
    }

    @Test
    void updateReplacesThePlace() {
        long org = newOrganization();
        long id = api.id(api.post("/api/v1/places", Fixtures.place(org, "旧名称")));
        Map<String, Object> changed = Fixtures.place(org, "新名称");
        changed.put("status", "PAUSED");
        changed.put("statusNote", "会場改修のため休止中");

        Map<String, Object> updated = api.ok(api.put("/api/v1/places/" + id, changed));

        assertThat(updated).containsEntry("name", "新名称").containsEntry("status", "PAUSED");
        assertThat(api.ok(api.get("/api/v1/places/" + id))).containsEntry("statusNote", "会場改修のため休止中");
    }

    @Test
    void tagVocabularyIsListed() {
        Map<String, Object> tags = api.ok(api.get("/api/v1/tags"));
        assertThat(tags).containsEntry("total", 10);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) tags.get("items");
        assertThat(items)
                .anySatisfy(t ->
                        assertThat(t).containsEntry("code", "NO_TALKING_NEEDED").containsEntry("labelJa", "話さなくてOK"));
    }

    @SuppressWarnings("unchecked")
    static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(i -> (String) i.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldCodes(Map<String, Object> problem) {
        Map<String, String> codes = new java.util.TreeMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) problem.get("errors")) {
            codes.put((String) e.get("field"), (String) e.get("code"));
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    static List<String> messages(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors"))
                .stream().map(e -> (String) e.get("message")).toList();
    }
}
