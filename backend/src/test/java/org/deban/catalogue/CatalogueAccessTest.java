package org.deban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Who sees and edits which part of the catalogue: S14 (second half), S15 and ENDED places. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueAccessTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Clock clock;

    ApiClient admin;
    ApiClient member;
    ApiClient otherMember;
    long organization;

    @BeforeAll
    void accounts() {
        admin = ApiClient.signedIn(http, org.deban.TestAccounts.ADMIN, org.deban.TestAccounts.PASSWORD);
        organization = admin.id(admin.post("/api/v1/organizations", Fixtures.organization("確認の会")));
        long other = admin.id(admin.post("/api/v1/organizations", Fixtures.organization("よその会")));
        member = member(organization);
        otherMember = member(other);
    }

    private ApiClient member(long organization) {
        String login = "member-" + UUID.randomUUID().toString().substring(0, 8);
        admin.id(admin.post(
                "/api/v1/accounts",
                Map.of(
                        "login",
                        login,
                        "displayName",
                        "担当 " + login,
                        "role",
                        "ORG_MEMBER",
                        "organizationId",
                        organization,
                        "password",
                        "member password")));
        return ApiClient.signedIn(http, login, "member password");
    }

    @Test
    @SuppressWarnings("unchecked")
    void S15_theOrganisationAndAdministratorsSeeItsStalePlacesAndOnlyItConfirmsThem() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> request = Fixtures.place(organization, "半年前のサロン");
        request.put("lastConfirmedOn", today.minusDays(200).toString());
        long place = member.id(member.post("/api/v1/places", request));

        String stale = "/api/v1/places?stale=true&size=1000";
        assertThat(ids(member.ok(member.get(stale)))).contains(place);
        assertThat(ids(admin.ok(admin.get(stale + "&organizationId=" + organization))))
                .contains(place);
        assertThat(ids(otherMember.ok(otherMember.get(stale)))).doesNotContain(place);
        assertThat(otherMember.get(stale + "&organizationId=" + organization).code())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(http).get(stale).code()).isEqualTo(403);

        Map<String, Object> before = member.ok(member.get("/api/v1/places/" + place));
        assertThat(before).containsEntry("stale", true);
        assertThat(otherMember
                        .post("/api/v1/places/" + place + "/confirm", Map.of())
                        .code())
                .isEqualTo(403);
        Map<String, Object> after = member.ok(member.post("/api/v1/places/" + place + "/confirm", Map.of()));

        // That nothing else changes is CatalogueApiTest's.
        assertThat(after).containsEntry("lastConfirmedOn", today.toString()).containsEntry("stale", false);
        assertThat(ids(member.ok(member.get(stale)))).doesNotContain(place);
    }

    @Test
    void S14_anotherOrganisationCannotEditTheRole() {
        long place = member.id(member.post("/api/v1/places", Fixtures.place(organization, "食堂の場所")));
        Map<String, Object> role = Fixtures.offer(place, "調理ボランティア");
        long offer = member.id(member.post("/api/v1/offers", role));

        Map<String, Object> hijack = new HashMap<>(role);
        hijack.put("title", "乗っ取られた役割");
        assertThat(otherMember.put("/api/v1/offers/" + offer, hijack).code()).isEqualTo(403);
        assertThat(ApiClient.anonymous(http)
                        .put("/api/v1/offers/" + offer, hijack)
                        .code())
                .isEqualTo(401);
        assertThat(admin.ok(admin.get("/api/v1/offers/" + offer))).containsEntry("title", "調理ボランティア");

        // Nor move it to a place of its own, nor create roles at this organisation's place.
        assertThat(otherMember
                        .post("/api/v1/offers", Fixtures.offer(place, "勝手な役割"))
                        .code())
                .isEqualTo(403);
        assertThat(member.put("/api/v1/offers/" + offer, hijack).code()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndedPlaceIsGoneForThePublicButKeptForItsOrganisation() {
        Map<String, Object> request = Fixtures.place(organization, "閉じた居場所");
        request.put("status", "ENDED");
        long place = member.id(member.post("/api/v1/places", request));
        String all = "/api/v1/places?size=1000&organizationId=" + organization;

        assertThat(ApiClient.anonymous(http).get("/api/v1/places/" + place).code())
                .isEqualTo(404);
        assertThat(ids(ApiClient.anonymous(http).ok(ApiClient.anonymous(http).get(all))))
                .doesNotContain(place);
        assertThat(otherMember.get("/api/v1/places/" + place).code()).isEqualTo(404);
        assertThat(ids(member.ok(member.get(all)))).contains(place);
        assertThat(ids(admin.ok(admin.get(all)))).contains(place);
        assertThat(member.get("/api/v1/places/" + place).code()).isEqualTo(200);

        long offer = member.id(member.post("/api/v1/offers", Fixtures.offer(place, "もう無い役割")));
        String offers = "/api/v1/offers?placeId=" + place;
        assertThat(ApiClient.anonymous(http).get("/api/v1/offers/" + offer).code())
                .isEqualTo(404);
        assertThat(ids(ApiClient.anonymous(http).ok(ApiClient.anonymous(http).get(offers))))
                .isEmpty();
        assertThat(ids(member.ok(member.get(offers)))).containsExactly(offer);
    }

    /** The contracts' rule: administrators, CSWs and the place's own organisation see where it is; others its 地区. */
    @Test
    void aSensitivePlacesPointIsShownOnlyToThoseWhoMayKnowIt() {
        long place = member.id(member.post(
                "/api/v1/places",
                Fixtures.placeAt(organization, "シェルター", org.deban.gis.GeoPoint.of(35.25, 136.70), "AREA_ONLY")));
        String login = "csw-" + UUID.randomUUID().toString().substring(0, 8);
        admin.id(admin.post(
                "/api/v1/accounts",
                Map.of("login", login, "displayName", "相談員", "role", "CSW", "password", "csw password")));
        ApiClient csw = ApiClient.signedIn(http, login, "csw password");

        for (ApiClient knows : List.of(admin, member, csw)) {
            assertThat(knows.ok(knows.get("/api/v1/places/" + place)).get("location"))
                    .isNotNull();
        }
        for (ApiClient doesNot : List.of(ApiClient.anonymous(http), otherMember)) {
            Map<String, Object> seen = doesNot.ok(doesNot.get("/api/v1/places/" + place));
            assertThat(seen).containsEntry("location", null).containsEntry("address", null);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }
}
