package org.deban.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.deban.ApiClient;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint against every kind of caller. The table below is the authorisation contract: an endpoint that is
 * not in it fails {@link #everyEndpointIsInTheTable}, so a new endpoint cannot ship without a decision.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    /** The kinds of caller. OWN_MEMBER belongs to the organisation whose place and offer the calls name. */
    enum Who {
        ANONYMOUS,
        ADMIN,
        CSW,
        OWN_MEMBER,
        OTHER_MEMBER
    }

    /** Who may call an endpoint. */
    enum Access {
        /** Anyone, signed in or not: public data. */
        PUBLIC(Set.of(Who.values())),
        /** Any signed-in account. */
        SIGNED_IN(Set.of(Who.ADMIN, Who.CSW, Who.OWN_MEMBER, Who.OTHER_MEMBER)),
        /** Administrators, and members of the organisation the record belongs to. */
        CATALOGUE_EDITOR(Set.of(Who.ADMIN, Who.OWN_MEMBER)),
        /**
         * Administrators, and any organisation's members: lists where members see their own organisation's records
         * only, and portal tools that touch no record (previews).
         */
        ORGANIZATION_MEMBERS(Set.of(Who.ADMIN, Who.OWN_MEMBER, Who.OTHER_MEMBER)),
        /** Administrators and CSWs: the names of the teams, unmet needs and the gap map (no identity). */
        STAFF(Set.of(Who.ADMIN, Who.CSW)),
        /** CSWs whose team sees the person: person records, consents, moving a referral, the つなぐシート. */
        CASE_WORKER(Set.of(Who.CSW)),
        /** The CSW, and the host organisation under the person's consent: a referral and its attendance. */
        CASE_WORKER_OR_HOST(Set.of(Who.CSW, Who.OWN_MEMBER)),
        /** Venue requests: administrators, CSWs and the requesting organisation's members. */
        STAFF_OR_OWN_MEMBER(Set.of(Who.ADMIN, Who.CSW, Who.OWN_MEMBER)),
        /** Lists of referrals: a CSW's teams' referrals, or an organisation's consented ones (empty for others). */
        JOURNEY_READER(Set.of(Who.CSW, Who.OWN_MEMBER, Who.OTHER_MEMBER)),
        ADMIN(Set.of(Who.ADMIN));

        final Set<Who> allowed;

        Access(Set<Who> allowed) {
            this.allowed = allowed;
        }
    }

    record Endpoint(HttpMethod method, String template, Access access, Supplier<MutableHttpRequest<?>> request) {}

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    final Map<Who, ApiClient> clients = new EnumMap<>(Who.class);
    long organization;
    long place;
    long offer;
    long otherAccount;
    long cswAccount;
    long team;
    long otherTeam;
    long person;
    long deletablePerson;
    long consent;
    long teamConsent;
    long referral;
    long secondOffer;
    long venueRequest;
    long importRun;
    final String tagCode =
            "MATRIX_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    final String memberPassword = "member password " + UUID.randomUUID();

    @BeforeAll
    void fixtures() {
        ApiClient admin = ApiClient.signedIn(http, org.deban.TestAccounts.ADMIN, org.deban.TestAccounts.PASSWORD);
        organization = admin.id(admin.post("/api/v1/organizations", Fixtures.organization("権限表の会")));
        long other = admin.id(admin.post("/api/v1/organizations", Fixtures.organization("ほかの会")));
        place = admin.id(admin.post(
                "/api/v1/places", Fixtures.placeAt(organization, "権限表の居場所", GeoPoint.of(31.9, 138.9), "EXACT")));
        offer = admin.id(admin.post("/api/v1/offers", Fixtures.offer(place, "権限表の役割")));
        admin.ok(admin.post("/api/v1/tags", tagBody(tagCode)));
        clients.put(Who.ANONYMOUS, ApiClient.anonymous(http));
        // An administrator of its own: the table signs every caller out at its end.
        clients.put(Who.ADMIN, account(admin, Role.ADMIN, null));
        team = admin.id(
                admin.post("/api/v1/teams", Map.of("name", "権限表のチーム " + UUID.randomUUID(), "kind", "DISTRICT")));
        otherTeam = admin.id(
                admin.post("/api/v1/teams", Map.of("name", "権限表のほかのチーム " + UUID.randomUUID(), "kind", "DISTRICT")));
        Map<String, Object> csw = accountBody(Role.CSW, null, List.of(team));
        cswAccount = admin.id(admin.post("/api/v1/accounts", csw));
        clients.put(Who.CSW, ApiClient.signedIn(http, (String) csw.get("login"), memberPassword));
        clients.put(Who.OWN_MEMBER, account(admin, Role.ORG_MEMBER, organization));
        clients.put(Who.OTHER_MEMBER, account(admin, Role.ORG_MEMBER, other));
        otherAccount = admin.id(admin.post("/api/v1/accounts", accountBody(Role.CSW, null, List.of())));
        journeyFixtures(admin, clients.get(Who.CSW));
        ApiClient member = clients.get(Who.OWN_MEMBER);
        venueRequest = member.id(member.post("/api/v1/venue-requests", venueRequestBody()));
        importRun = admin.id(admin.exchange(importRequest(false)));
    }

    /** A one-row 子ども食堂一覧. */
    private static final byte[] IMPORT_CSV = "名称,開催曜日,開催開始時間,開催終了時間,緯度,経度\r\n権限表の食堂,毎週水曜,17:00,19:00,31.9,138.92\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The list into the organisation, as a raw CSV body. */
    private MutableHttpRequest<?> importRequest(boolean dryRun) {
        return HttpRequest.POST("/api/v1/imports?organizationId=" + organization + "&dryRun=" + dryRun, IMPORT_CSV)
                .contentType("text/csv");
    }

    /** The same list uploaded as a form would, for a dry run. */
    private MutableHttpRequest<?> importUpload() {
        return HttpRequest.POST(
                        "/api/v1/imports?organizationId=" + organization + "&dryRun=true",
                        io.micronaut.http.client.multipart.MultipartBody.builder()
                                .addPart("file", "list.csv", io.micronaut.http.MediaType.of("text/csv"), IMPORT_CSV)
                                .build())
                .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static Map<String, Object> venueRequestBody() {
        return Map.of(
                "title",
                "権限表の多世代食堂",
                "groupSize",
                15,
                "kitchenNeeded",
                true,
                "windows",
                List.of(Map.of("weekday", "WED", "start", "13:00", "end", "17:00")),
                "point",
                Map.of("lat", 31.9, "lon", 138.9),
                "radiusKm",
                3);
    }

    /** A person of the CSW's team, consenting to share with the organisation, referred to its offer and taking part. */
    private void journeyFixtures(ApiClient admin, ApiClient csw) {
        person = csw.id(csw.post("/api/v1/persons", Map.of("teamId", team, "displayName", "権限表の本人")));
        deletablePerson = csw.id(csw.post("/api/v1/persons", Map.of("teamId", team, "displayName", "権限表で消す人")));
        consent = csw.id(csw.post("/api/v1/consents", consentBody(Map.of("recipientOrganizationId", organization))));
        teamConsent = csw.id(csw.post("/api/v1/consents", consentBody(Map.of("recipientTeamId", otherTeam))));
        referral = csw.id(csw.post("/api/v1/referrals", Map.of("personId", person, "offerId", offer)));
        csw.ok(csw.post("/api/v1/referrals/" + referral + "/steps", Map.of("step", "PARTICIPATING")));
        secondOffer = admin.id(admin.post("/api/v1/offers", Fixtures.offer(place, "権限表のもう一つの役割")));
    }

    private Map<String, Object> consentBody(Map<String, Object> recipient) {
        Map<String, Object> body = new LinkedHashMap<>(recipient);
        body.put("personId", person);
        body.put("purpose", "権限表の見学のため");
        body.put("fields", List.of("NAME", "STRENGTHS"));
        body.put(
                "givenOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString());
        body.put("method", "WRITTEN");
        return body;
    }

    private ApiClient account(ApiClient admin, Role role, Long organization) {
        Map<String, Object> body = accountBody(role, organization, List.of());
        admin.id(admin.post("/api/v1/accounts", body));
        return ApiClient.signedIn(http, (String) body.get("login"), memberPassword);
    }

    private Map<String, Object> accountBody(Role role, Long organization, List<Long> teams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", "matrix-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("displayName", "権限表 " + role);
        body.put("role", role.name());
        body.put("organizationId", organization);
        body.put("teamIds", teams);
        body.put("password", memberPassword);
        return body;
    }

    private static Map<String, Object> tagBody(String code) {
        return Map.of("code", code, "category", "ATMOSPHERE", "labelJa", "権限表のタグ", "labelEn", "Matrix");
    }

    List<Endpoint> table() {
        List<Endpoint> t = new ArrayList<>();
        // Public reads: residents browse without an account.
        get(t, "/api/v1/organizations", "/api/v1/organizations");
        get(t, "/api/v1/organizations/{id}", "/api/v1/organizations/" + organization);
        get(t, "/api/v1/places", "/api/v1/places");
        get(t, "/api/v1/places/{id}", "/api/v1/places/" + place);
        get(t, "/api/v1/offers", "/api/v1/offers");
        get(t, "/api/v1/offers/{id}", "/api/v1/offers/" + offer);
        get(t, "/api/v1/offers/{id}/occurrences", "/api/v1/offers/" + offer + "/occurrences");
        get(t, "/api/v1/offers/{id}.ics", "/api/v1/offers/" + offer + ".ics");
        get(t, "/api/v1/tags", "/api/v1/tags");
        get(t, "/api/v1/areas", "/api/v1/areas");
        get(t, "/api/v1/areas/layers", "/api/v1/areas/layers");
        get(t, "/api/v1/areas/{id}", "/api/v1/areas/1");
        get(t, "/api/v1/areas.geojson", "/api/v1/areas.geojson?layer=none");
        get(t, "/api/v1/tiles/{layer}/{z}/{x}/{y}.mvt", "/api/v1/tiles/places/12/3630/1614.mvt");
        get(t, "/api/v1/reach", "/api/v1/reach?placeId=" + place + "&lat=31.9&lon=138.9");
        get(t, "/api/v1/reach/places", "/api/v1/reach/places?lat=31.9&lon=138.9");
        get(t, "/api/v1/geocode", "/api/v1/geocode?address=" + enc("稲沢市稲府町1"));
        get(t, "/api/v1/search", "/api/v1/search?q=" + enc("権限表"));
        get(t, "/api/v1/credits", "/api/v1/credits");
        get(t, "/api/docs", "/api/docs");
        get(t, "/api/openapi.yml", "/api/openapi.yml");
        get(t, "/{path:^(?!api/)[^.]*$}", "/map");
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/geocode",
                Access.PUBLIC,
                () -> HttpRequest.POST("/api/v1/geocode", Map.of("addresses", List.of("稲沢市稲府町1")))));
        // The session.
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/session",
                Access.PUBLIC,
                () -> HttpRequest.POST(
                        "/api/v1/session", Map.of("login", "nobody-" + UUID.randomUUID(), "password", "x"))));
        t.add(new Endpoint(
                HttpMethod.GET, "/api/v1/session", Access.SIGNED_IN, () -> HttpRequest.GET("/api/v1/session")));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/session/password",
                Access.SIGNED_IN,
                () -> HttpRequest.POST(
                        "/api/v1/session/password", Map.of("currentPassword", "wrong", "newPassword", "x"))));
        // The catalogue: administrators, and the organisation's own members.
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/organizations",
                Access.ADMIN,
                () -> HttpRequest.POST("/api/v1/organizations", Fixtures.organization("権限表で作る会"))));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/organizations/{id}",
                Access.ADMIN,
                () -> HttpRequest.PUT("/api/v1/organizations/" + organization, Fixtures.organization("権限表の会"))));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/places",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.POST(
                        "/api/v1/places",
                        Fixtures.placeAt(organization, "権限表で作る場所", GeoPoint.of(31.9, 138.91), "EXACT"))));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/places/{id}",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.PUT(
                        "/api/v1/places/" + place,
                        Fixtures.placeAt(organization, "権限表の居場所", GeoPoint.of(31.9, 138.9), "EXACT"))));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/places/{id}/confirm",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.POST("/api/v1/places/" + place + "/confirm", Map.of())));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/offers",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.POST("/api/v1/offers", Fixtures.offer(place, "権限表で作る役割"))));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/offers/{id}",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.PUT("/api/v1/offers/" + offer, Fixtures.offer(place, "権限表の役割"))));
        // Imports of lists: into one's own organisation; the template is public.
        get(t, "/api/v1/imports/template.csv", "/api/v1/imports/template.csv");
        t.add(new Endpoint(HttpMethod.POST, "/api/v1/imports", Access.CATALOGUE_EDITOR, () -> importRequest(true)));
        t.add(new Endpoint(HttpMethod.POST, "/api/v1/imports", Access.CATALOGUE_EDITOR, this::importUpload));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/imports",
                Access.ORGANIZATION_MEMBERS,
                () -> HttpRequest.GET("/api/v1/imports")));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/imports/{id}",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.GET("/api/v1/imports/" + importRun)));
        t.add(new Endpoint(
                HttpMethod.DELETE,
                "/api/v1/imports/{id}",
                Access.CATALOGUE_EDITOR,
                () -> HttpRequest.DELETE("/api/v1/imports/" + importRun)));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/schedules/preview",
                Access.ORGANIZATION_MEMBERS,
                () -> HttpRequest.POST(
                        "/api/v1/schedules/preview",
                        Map.of("schedule", Fixtures.offer(place, "権限表の下書き").get("schedule")))));
        // The tag vocabulary: administrators add and reword terms.
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/tags",
                Access.ADMIN,
                () -> HttpRequest.POST(
                        "/api/v1/tags",
                        tagBody("M_"
                                + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT)))));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/tags/{code}",
                Access.ADMIN,
                () -> HttpRequest.PUT("/api/v1/tags/" + tagCode, tagBody(tagCode))));
        // Area layers: administrators replace them (the file is a tiny square far from any place).
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/area-layers/{code}/import",
                Access.ADMIN,
                () -> HttpRequest.POST(
                                "/api/v1/area-layers/t-matrix/import?codeProperty=code&nameProperty=name",
                                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                        + "\"properties\":{\"code\":\"M\",\"name\":\"権限表の区域\"},\"geometry\":"
                                        + org.deban.areas.Shapes.square(30.2, 139.2, 0.001)
                                        + "}]}")
                        .contentType("application/geo+json")));
        // Accounts, teams and the audit log: administrators (CSWs see the team names).
        t.add(new Endpoint(
                HttpMethod.GET, "/api/v1/accounts", Access.ADMIN, () -> HttpRequest.GET("/api/v1/accounts?size=5")));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/accounts/{id}",
                Access.ADMIN,
                () -> HttpRequest.PUT(
                        "/api/v1/accounts/" + otherAccount,
                        Map.of("displayName", "権限表 CSW", "role", "CSW", "teamIds", List.of(), "active", true))));
        t.add(new Endpoint(HttpMethod.GET, "/api/v1/teams", Access.STAFF, () -> HttpRequest.GET("/api/v1/teams")));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/teams",
                Access.ADMIN,
                () -> HttpRequest.POST(
                        "/api/v1/teams", Map.of("name", "権限表のチーム " + UUID.randomUUID(), "kind", "DISTRICT"))));
        t.add(new Endpoint(
                HttpMethod.GET, "/api/v1/audit", Access.ADMIN, () -> HttpRequest.GET("/api/v1/audit?size=5")));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/audit.csv",
                Access.ADMIN,
                () -> HttpRequest.GET("/api/v1/audit.csv?action=SIGN_OUT")));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/accounts",
                Access.ADMIN,
                () -> HttpRequest.POST("/api/v1/accounts", accountBody(Role.CSW, null, List.of()))));
        t.add(new Endpoint(
                HttpMethod.PUT,
                "/api/v1/teams/{id}/retention",
                Access.ADMIN,
                () -> HttpRequest.PUT("/api/v1/teams/" + team + "/retention", Map.of("months", 60))));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/persons/hand-over",
                Access.ADMIN,
                () -> HttpRequest.POST(
                        "/api/v1/persons/hand-over",
                        Map.of("fromAccountId", otherAccount, "toAccountId", cswAccount))));
        journeyEndpoints(t);
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/accounts/{id}/password-reset",
                Access.ADMIN,
                () -> HttpRequest.POST("/api/v1/accounts/" + otherAccount + "/password-reset", Map.of())));
        // Last: signing out ends every session of the account.
        t.add(new Endpoint(
                HttpMethod.DELETE, "/api/v1/session", Access.SIGNED_IN, () -> HttpRequest.DELETE("/api/v1/session")));
        return t;
    }

    /** Persons, consents and referrals: CSWs of the person's team; the host under consent; the ledger for all. */
    private void journeyEndpoints(List<Endpoint> t) {
        String persons = "/api/v1/persons/" + person;
        String referrals = "/api/v1/referrals/" + referral;
        get(t, "/api/v1/ledger", "/api/v1/ledger?layer=municipality");
        caseWork(t, HttpMethod.GET, "/api/v1/persons", () -> HttpRequest.GET("/api/v1/persons"));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/persons",
                () -> HttpRequest.POST("/api/v1/persons", Map.of("teamId", team, "displayName", "権限表で作る人")));
        caseWork(t, HttpMethod.GET, "/api/v1/persons/{id}", () -> HttpRequest.GET(persons));
        caseWork(
                t,
                HttpMethod.PUT,
                "/api/v1/persons/{id}",
                () -> HttpRequest.PUT(persons, Map.of("displayName", "権限表の本人", "age", 40)));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/persons/{id}/support-received",
                () -> HttpRequest.POST(persons + "/support-received", Map.of("what", "草刈り")));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/persons/{id}/shares",
                () -> HttpRequest.POST(persons + "/shares", Map.of("teamId", otherTeam, "basis", "SUPPORT_MEETING")));
        caseWork(
                t,
                HttpMethod.DELETE,
                "/api/v1/persons/{id}/shares/{teamId}",
                () -> HttpRequest.DELETE(persons + "/shares/" + otherTeam));
        caseWork(
                t,
                HttpMethod.DELETE,
                "/api/v1/persons/{id}",
                () -> HttpRequest.DELETE("/api/v1/persons/" + deletablePerson + "?reason=PERSON_REQUEST"));
        caseWork(t, HttpMethod.GET, "/api/v1/consents", () -> HttpRequest.GET("/api/v1/consents?personId=" + person));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/consents",
                () -> HttpRequest.POST(
                        "/api/v1/consents", consentBody(Map.of("recipientOrganizationId", organization))));
        caseWork(t, HttpMethod.GET, "/api/v1/consents/{id}", () -> HttpRequest.GET("/api/v1/consents/" + consent));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/consents/{id}/withdrawal",
                () -> HttpRequest.POST("/api/v1/consents/" + teamConsent + "/withdrawal", Map.of("note", "権限表")));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/referrals",
                Access.JOURNEY_READER,
                () -> HttpRequest.GET("/api/v1/referrals")));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/referrals",
                () -> HttpRequest.POST("/api/v1/referrals", Map.of("personId", person, "offerId", secondOffer)));
        hostToo(t, HttpMethod.GET, "/api/v1/referrals/{id}", () -> HttpRequest.GET(referrals));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/referrals/{id}/steps",
                () -> HttpRequest.POST(referrals + "/steps", Map.of("step", "SETTLED")));
        hostToo(
                t,
                HttpMethod.GET,
                "/api/v1/referrals/{id}/attendance",
                () -> HttpRequest.GET(referrals + "/attendance"));
        hostToo(
                t,
                HttpMethod.POST,
                "/api/v1/referrals/{id}/attendance",
                () -> HttpRequest.POST(referrals + "/attendance", Map.of("attended", true)));
        caseWork(
                t,
                HttpMethod.PUT,
                "/api/v1/referrals/{id}/follow-ups/{kind}",
                () -> HttpRequest.PUT(referrals + "/follow-ups/TWO_WEEKS", Map.of("note", "権限表")));
        caseWork(t, HttpMethod.GET, "/api/v1/referrals/{id}/sheet", () -> HttpRequest.GET(referrals + "/sheet"));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/matches",
                () -> HttpRequest.POST("/api/v1/matches", Map.of("personId", person)));
        caseWork(
                t,
                HttpMethod.POST,
                "/api/v1/matches/why-not",
                () -> HttpRequest.POST("/api/v1/matches/why-not", Map.of("personId", person, "offerId", offer)));
        caseWork(
                t,
                HttpMethod.GET,
                "/api/v1/offers/{id}/candidates",
                () -> HttpRequest.GET("/api/v1/offers/" + offer + "/candidates"));
        caseWork(
                t, HttpMethod.POST, "/api/v1/gaps", () -> HttpRequest.POST("/api/v1/gaps", Map.of("personId", person)));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/gaps",
                Access.STAFF,
                () -> HttpRequest.GET("/api/v1/gaps?layer=municipality")));
        t.add(new Endpoint(
                HttpMethod.POST,
                "/api/v1/venue-requests",
                Access.SIGNED_IN,
                () -> HttpRequest.POST("/api/v1/venue-requests", venueRequestBody())));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/venue-requests",
                Access.SIGNED_IN,
                () -> HttpRequest.GET("/api/v1/venue-requests")));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/venue-requests/{id}",
                Access.STAFF_OR_OWN_MEMBER,
                () -> HttpRequest.GET("/api/v1/venue-requests/" + venueRequest)));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/venue-requests/{id}/matches",
                Access.STAFF_OR_OWN_MEMBER,
                () -> HttpRequest.GET("/api/v1/venue-requests/" + venueRequest + "/matches")));
        t.add(new Endpoint(
                HttpMethod.GET,
                "/api/v1/gaps/map",
                Access.STAFF,
                () -> HttpRequest.GET("/api/v1/gaps/map?layer=municipality")));
    }

    private static void caseWork(
            List<Endpoint> t, HttpMethod method, String template, Supplier<MutableHttpRequest<?>> request) {
        t.add(new Endpoint(method, template, Access.CASE_WORKER, request));
    }

    private static void hostToo(
            List<Endpoint> t, HttpMethod method, String template, Supplier<MutableHttpRequest<?>> request) {
        t.add(new Endpoint(method, template, Access.CASE_WORKER_OR_HOST, request));
    }

    private static void get(List<Endpoint> table, String template, String path) {
        table.add(new Endpoint(HttpMethod.GET, template, Access.PUBLIC, () -> HttpRequest.GET(path)));
    }

    @Test
    void everyEndpointIsInTheTable() {
        // HEAD is answered by the GET route; /health (UP or DOWN, nothing more) is the one management endpoint.
        Set<String> routes = router.uriRoutes()
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .filter(r -> !r.getUriMatchTemplate().toString().startsWith("/health"))
                .map(AuthorizationMatrixTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = table().stream()
                .map(e -> e.method() + " " + e.template())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed)
                .as("endpoints with no entry in the authorisation table")
                .containsAll(routes);
        assertThat(routes).as("table entries with no endpoint").containsAll(listed);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : table()) {
            for (Who who : Who.values()) {
                int code = clients.get(who).exchange(endpoint.request().get()).code();
                boolean allowed = endpoint.access().allowed.contains(who);
                boolean refused = who == Who.ANONYMOUS ? code == 401 : code == 403;
                // A public sign-in with a wrong password is a 401 about the password, not about the caller.
                boolean signIn = endpoint.template().equals("/api/v1/session") && endpoint.method() == HttpMethod.POST;
                if (signIn ? code == 403 : allowed == refused || (allowed && (code == 401 || code == 403))) {
                    wrong.add(endpoint.method() + " " + endpoint.template() + " as " + who + ": HTTP " + code
                            + (allowed ? " (should be allowed)" : " (should be refused)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
