package org.deban;

import io.micronaut.http.client.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.catalogue.Fixtures;

/**
 * The people of a journey test, made through the API: an administrator, a team with one CSW, and host organisations
 * with their offers and members. Names carry a random suffix so tests never meet each other's records.
 */
public final class Casework {
    public static final String PASSWORD = "casework password 2026";

    public final ApiClient admin;
    public final ApiClient csw;
    public final long team;
    public final long cswId;
    private final HttpClient http;

    private Casework(HttpClient http, ApiClient admin, ApiClient csw, long team, long cswId) {
        this.http = http;
        this.admin = admin;
        this.csw = csw;
        this.team = team;
        this.cswId = cswId;
    }

    public static Casework start(HttpClient http) {
        ApiClient admin = ApiClient.signedIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        long team = admin.id(admin.post("/api/v1/teams", Map.of("name", "地区担当 " + suffix(), "kind", "DISTRICT")));
        String login = "csw-" + suffix();
        long cswId = admin.id(admin.post("/api/v1/accounts", account(login, "CSW", null, List.of(team))));
        return new Casework(http, admin, ApiClient.signedIn(http, login, PASSWORD), team, cswId);
    }

    /** Another CSW, of the given teams. */
    public ApiClient cswOf(List<Long> teams) {
        String login = "csw-" + suffix();
        admin.id(admin.post("/api/v1/accounts", account(login, "CSW", null, teams)));
        return ApiClient.signedIn(http, login, PASSWORD);
    }

    public long team(String name) {
        return admin.id(admin.post("/api/v1/teams", Map.of("name", name + " " + suffix(), "kind", "DISTRICT")));
    }

    public long organization(String name) {
        return admin.id(admin.post("/api/v1/organizations", Fixtures.organization(name)));
    }

    /** An offer of the given type at a new place of the organisation. */
    public long offer(long organization, String title, String type) {
        long place = admin.id(admin.post("/api/v1/places", Fixtures.place(organization, title + "の場所")));
        Map<String, Object> offer = Fixtures.offer(place, title);
        offer.put("type", type);
        return admin.id(admin.post("/api/v1/offers", offer));
    }

    /** A member of the organisation, signed in. */
    public ApiClient member(long organization) {
        String login = "member-" + suffix();
        admin.id(admin.post("/api/v1/accounts", account(login, "ORG_MEMBER", organization, List.of())));
        return ApiClient.signedIn(http, login, PASSWORD);
    }

    /** A person of the CSW's team, with these fields besides. */
    public long person(String name, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("teamId", team);
        body.put("displayName", name);
        return csw.id(csw.post("/api/v1/persons", body));
    }

    public long consent(long person, long organization, List<String> fields) {
        return csw.id(csw.post(
                "/api/v1/consents",
                Map.of(
                        "personId",
                        person,
                        "purpose",
                        "見学と体験のため",
                        "recipientOrganizationId",
                        organization,
                        "fields",
                        fields,
                        "givenOn",
                        today().toString(),
                        "method",
                        "WRITTEN")));
    }

    public long referral(long person, long offer, LocalDate on) {
        return csw.id(csw.post("/api/v1/referrals", Map.of("personId", person, "offerId", offer, "on", on.toString())));
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    private static Map<String, Object> account(String login, String role, Long organization, List<Long> teams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("displayName", login);
        body.put("role", role);
        body.put("organizationId", organization);
        body.put("teamIds", teams);
        body.put("password", PASSWORD);
        return body;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
