package org.deban.people;

import io.micronaut.http.client.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.TestAccounts;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;

/**
 * Teams, accounts and person records for the person tests, made through the API as an administrator and a CSW
 * would. Names are unique: every test class shares one database.
 */
final class Staff {
    static final String PASSWORD = "staff password " + UUID.randomUUID();

    /** A signed-in account and its id. */
    record Account(long id, String login, ApiClient api) {}

    /** An organisation with a place and an offer, as a host of referrals. */
    record Host(long organizationId, long placeId, long offerId) {}

    private Staff() {}

    static ApiClient admin(HttpClient http) {
        return ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Today in Japan, as the application's clock sees it (tests never fix the date). */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    static long team(ApiClient admin) {
        return admin.id(admin.post("/api/v1/teams", Map.of("name", "チーム " + unique(), "kind", "DISTRICT")));
    }

    static Account csw(HttpClient http, ApiClient admin, Long... teams) {
        return account(http, admin, "CSW", null, List.of(teams));
    }

    static Account member(HttpClient http, ApiClient admin, long organization) {
        return account(http, admin, "ORG_MEMBER", organization, List.of());
    }

    static Account account(HttpClient http, ApiClient admin, String role, Long organization, List<Long> teams) {
        String login = role.toLowerCase() + "-" + unique();
        Map<String, Object> body = new HashMap<>();
        body.put("login", login);
        body.put("displayName", role + " " + login);
        body.put("role", role);
        body.put("organizationId", organization);
        body.put("teamIds", teams);
        body.put("password", PASSWORD);
        long id = admin.id(admin.post("/api/v1/accounts", body));
        return new Account(id, login, ApiClient.signedIn(http, login, PASSWORD));
    }

    static Host host(ApiClient admin, String name) {
        long organization = admin.id(admin.post("/api/v1/organizations", Fixtures.organization(name)));
        long place = admin.id(admin.post(
                "/api/v1/places", Fixtures.placeAt(organization, name + "の居場所", GeoPoint.of(35.25, 136.70), "EXACT")));
        long offer = admin.id(admin.post("/api/v1/offers", Fixtures.offer(place, name + "の受付")));
        return new Host(organization, place, offer);
    }

    /** The audit events of an action on one person record, newest first. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> audit(ApiClient admin, String action, long person) {
        return (List<Map<String, Object>>)
                admin.ok(admin.get("/api/v1/audit?size=100&targetType=PERSON&action=" + action + "&targetId=" + person))
                        .get("items");
    }

    /** The ids in a page of persons. */
    @SuppressWarnings("unchecked")
    static List<Long> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(p -> ((Number) p.get("id")).longValue()).toList();
    }

    /** A whole profile, valid as it stands; each test changes what it is about. */
    static Map<String, Object> person(long team, String name) {
        Map<String, Object> reach = new LinkedHashMap<>();
        reach.put("mode", "WALK");
        reach.put("minutes", 20);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("teamId", team);
        person.put("displayName", name);
        person.put("nameKana", "テスト");
        person.put("contact", "090-0000-0000");
        person.put("age", 68);
        person.put("strengths", "料理が得意");
        person.put("interests", "園芸");
        person.put("strengthTags", List.of("料理"));
        person.put("pastWork", "調理師");
        person.put("availability", List.of(Map.of("weekday", "THU", "start", "17:00", "end", "21:00")));
        person.put("reach", reach);
        person.put("home", Map.of("lat", 35.2524, "lon", 136.7044, "label", "稲沢駅"));
        person.put(
                "constraints",
                List.of(Map.of("code", "WHEELCHAIR", "must", false), Map.of("code", "NO_CROWDS", "must", false)));
        person.put("wants", List.of("ROLE", "PLACE_TO_BE"));
        return person;
    }

    /** A consent to tell a host organisation the person's name and strengths, given yesterday. */
    static Map<String, Object> consent(long person, long organization) {
        return new LinkedHashMap<>(Map.of(
                "personId",
                person,
                "purpose",
                "見学の調整のため",
                "recipientOrganizationId",
                organization,
                "fields",
                List.of("NAME", "STRENGTHS"),
                "givenOn",
                today().minusDays(1).toString(),
                "method",
                "WRITTEN"));
    }
}
