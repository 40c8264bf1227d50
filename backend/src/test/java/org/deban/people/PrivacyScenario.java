package org.deban.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.deban.TestAccounts;
import org.deban.people.Staff.Account;
import org.deban.people.Staff.Host;

/**
 * What {@link PersonPrivacyTest} runs: a person's whole journey with a marker in every free-text field, then requests
 * written to make the application quote what it was sent (unreadable JSON, values of the wrong type or length,
 * unknown names) with the marker in them.
 */
final class PrivacyScenario {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final String marker;
    private final String urlMarker;
    private final JsonMapper json;
    private final Session admin;
    private final long team;
    private final long otherTeam;
    private final Session csw;
    private final Session colleague;
    private final Session stranger;
    private final Host host;
    private final Session hostMember;
    private final List<ErrorResponse> errorResponses = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private long referral;
    private long consentId;

    PrivacyScenario(HttpClient http, JsonMapper json, String marker, String urlMarker) {
        this.marker = marker;
        this.urlMarker = urlMarker;
        this.json = json;
        ApiClient api = Staff.admin(http);
        team = Staff.team(api);
        otherTeam = Staff.team(api);
        host = Staff.host(api, "受け入れの会 " + Staff.unique());
        admin = Session.signIn(http, TestAccounts.ADMIN, TestAccounts.PASSWORD);
        csw = Session.of(http, Staff.csw(http, api, team));
        colleague = Session.of(http, Staff.csw(http, api, otherTeam));
        stranger = Session.of(http, Staff.csw(http, api, Staff.team(api)));
        hostMember = Session.of(http, Staff.member(http, api, host.organizationId()));
    }

    /** The refusals that answered with another status than expected. */
    List<String> unexpected() {
        return unexpected;
    }

    /** An error answer: the request, its status and the body exactly as received. */
    record ErrorResponse(String request, int status, String body) {}

    /** Every error response met. */
    List<ErrorResponse> errorResponses() {
        return errorResponses;
    }

    /** Every step of the journey that stores or shows person data; returns the person's id. */
    long journey() {
        Map<String, Object> profile = profile();
        long person = id(send(csw, HttpRequest.POST("/api/v1/persons", profile)));
        profile.put("strengths", "書き直した得意 " + marker);
        ok(csw, HttpRequest.PUT("/api/v1/persons/" + person, profile));
        ok(csw, HttpRequest.GET("/api/v1/persons/" + person));
        ok(csw, HttpRequest.GET("/api/v1/persons"));

        Map<String, Object> consent = Staff.consent(person, host.organizationId());
        consent.put(
                "fields",
                List.of(
                        "NAME",
                        "CONTACT",
                        "AGE",
                        "STRENGTHS",
                        "PAST_WORK",
                        "AVAILABILITY",
                        "CONSTRAINTS",
                        "WANTS",
                        "HOME_AREA"));
        consent.put("purpose", "目的 " + marker);
        consent.put("methodNote", "同意の記録 " + marker);
        consentId = id(send(csw, HttpRequest.POST("/api/v1/consents", consent)));
        referral = id(send(
                csw,
                HttpRequest.POST(
                        "/api/v1/referrals",
                        Map.of("personId", person, "offerId", host.offerId(), "note", "打診 " + marker))));
        String path = "/api/v1/referrals/" + referral;
        ok(csw, HttpRequest.POST(path + "/steps", Map.of("step", "CONSENT", "note", "同意 " + marker)));
        ok(csw, HttpRequest.POST(path + "/steps", Map.of("step", "HOST_ARRANGEMENT")));
        ok(csw, HttpRequest.POST(path + "/steps", Map.of("step", "VISIT", "accompanied", true, "note", marker)));
        ok(csw, HttpRequest.GET(path + "/sheet"));
        ok(hostMember, HttpRequest.POST(path + "/attendance", Map.of("attended", true, "note", "来た " + marker)));
        ok(
                csw,
                HttpRequest.POST(
                        path + "/attendance",
                        Map.of(
                                "on",
                                Staff.today().minusDays(1).toString(),
                                "attended",
                                false,
                                "note",
                                "休み " + marker)));
        ok(hostMember, HttpRequest.GET("/api/v1/referrals"));
        ok(hostMember, HttpRequest.GET(path));
        ok(hostMember, HttpRequest.GET(path + "/attendance"));
        ok(csw, HttpRequest.POST(path + "/steps", Map.of("step", "PARTICIPATING")));
        ok(csw, HttpRequest.PUT(path + "/follow-ups/TWO_WEEKS", Map.of("note", "様子 " + marker)));
        ok(csw, HttpRequest.POST(path + "/steps", Map.of("step", "SUSPENDED", "reason", "入院 " + marker)));
        ok(
                csw,
                HttpRequest.POST(
                        "/api/v1/persons/" + person + "/shares",
                        Map.of("teamId", otherTeam, "basis", "SUPPORT_MEETING", "note", "会議 " + marker)));
        ok(colleague, HttpRequest.GET("/api/v1/persons/" + person));
        ok(colleague, HttpRequest.GET("/api/v1/referrals?personId=" + person));
        ok(csw, HttpRequest.POST("/api/v1/persons/" + person + "/support-received", Map.of("what", "草取り " + marker)));
        ok(csw, HttpRequest.GET("/api/v1/consents?personId=" + person));
        ok(csw, HttpRequest.POST("/api/v1/consents/" + consentId + "/withdrawal", Map.of("note", "撤回 " + marker)));

        // Refusals on the way: each is a 4xx that must not quote the person.
        refused(csw, HttpRequest.GET(path + "/sheet"), 409);
        refused(csw, HttpRequest.POST(path + "/steps", Map.of("step", "TRIAL", "note", marker)), 409);
        refused(hostMember, HttpRequest.GET(path), 403);
        refused(stranger, HttpRequest.GET("/api/v1/persons/" + person), 403);
        refused(stranger, HttpRequest.POST(path + "/steps", Map.of("step", "ENDED", "reason", marker)), 403);
        refused(admin, HttpRequest.GET("/api/v1/persons/" + person), 403);
        return person;
    }

    /** Requests that try to make the application quote what they carry. */
    void hostileInput(long person) {
        String persons = "/api/v1/persons";
        String one = persons + "/" + person;
        String name = "\"displayName\": \"" + marker + "\"";
        for (String body : List.of(
                "{\"teamId\": " + team + ", " + name + ", \"age\": " + marker + "}",
                "{\"teamId\": " + team + ", \"age\": " + marker.substring(2) + "}",
                "{\"teamId\": " + team + ", " + name,
                "{\"teamId\": " + team + ", \"" + marker + "\": }",
                marker,
                "[\"" + marker + "\"]")) {
            refused(csw, raw(HttpMethod.POST, persons, body), 400);
            refused(csw, raw(HttpMethod.PUT, one, body), 400);
            refused(csw, raw(HttpMethod.POST, "/api/v1/consents", body), 400);
            refused(csw, raw(HttpMethod.POST, "/api/v1/referrals/" + referral + "/steps", body), 400);
        }
        for (Map.Entry<String, Object> wrong : Map.<String, Object>of(
                        "displayName", marker.repeat(10),
                        "strengths", marker.repeat(150),
                        "contact", marker.repeat(20),
                        "age", marker,
                        "closedOn", marker,
                        "wants", List.of(marker),
                        "strengthTags", List.of(marker.repeat(5)),
                        "reach", Map.of("mode", marker, "minutes", 10),
                        "constraints", List.of(Map.of("code", marker)),
                        "availability", List.of(Map.of("weekday", marker, "start", marker, "end", "10:00")))
                .entrySet()) {
            Map<String, Object> profile = profile();
            profile.put(wrong.getKey(), wrong.getValue());
            refused(csw, HttpRequest.POST(persons, profile), 400);
            refused(csw, HttpRequest.PUT(one, profile), 400);
        }
        Map<String, Object> labelled = profile();
        labelled.put("home", Map.of("lat", 35.25, "lon", 136.70, "label", marker.repeat(10)));
        refused(csw, HttpRequest.PUT(one, labelled), 400);
        for (String list : List.of("wants", "strengthTags", "constraints", "availability")) {
            Map<String, Object> nulls = profile();
            nulls.put(list, Collections.singletonList(null));
            refused(csw, HttpRequest.PUT(one, nulls), 400);
        }

        Map<String, Object> consent = Staff.consent(person, host.organizationId());
        consent.put("purpose", marker.repeat(40));
        consent.put("methodNote", marker.repeat(40));
        refused(csw, HttpRequest.POST("/api/v1/consents", consent), 400);
        consent.put("fields", List.of(marker));
        consent.put("method", marker);
        refused(csw, HttpRequest.POST("/api/v1/consents", consent), 400);
        Map<String, Object> nullField = Staff.consent(person, host.organizationId());
        nullField.put("fields", Arrays.asList("NAME", null));
        refused(csw, HttpRequest.POST("/api/v1/consents", nullField), 400);

        String steps = "/api/v1/referrals/" + referral + "/steps";
        refused(csw, HttpRequest.POST(steps, Map.of("step", marker)), 400);
        refused(csw, HttpRequest.POST(steps, Map.of("step", "ENDED", "reason", marker.repeat(40))), 400);
        refused(csw, HttpRequest.POST(steps, Map.of("step", "TRIAL", "note", marker.repeat(80))), 400);
        refused(csw, HttpRequest.POST(steps, Map.of("step", "TRIAL", "on", marker)), 400);
        refused(
                csw,
                HttpRequest.POST(
                        "/api/v1/referrals/" + referral + "/attendance", Map.of("attended", true, "on", marker)),
                400);
        Map<String, Object> meeting = new HashMap<>(Map.of("teamId", otherTeam, "basis", "SUPPORT_MEETING"));
        meeting.put("consentId", consentId);
        meeting.put("note", "会議 " + marker);
        refused(csw, HttpRequest.POST(one + "/shares", meeting), 400);
        refused(
                csw,
                HttpRequest.POST(
                        one + "/shares", Map.of("teamId", otherTeam, "basis", marker, "note", marker.repeat(40))),
                400);
        refused(csw, HttpRequest.POST(one + "/support-received", Map.of("what", marker.repeat(20))), 400);
        refused(csw, HttpRequest.POST(persons + "/hand-over", Map.of("fromAccountId", marker)), 403);
        refused(admin, HttpRequest.POST(persons + "/hand-over", Map.of("fromAccountId", marker)), 400);

        // In the URL, values of the wrong type: answered without quoting them. (This API takes no person data in
        // URLs, only ids and codes; the framework logs request lines at DEBUG, so this marker is not sought there.)
        String query = URLEncoder.encode(urlMarker, StandardCharsets.UTF_8);
        refused(csw, HttpRequest.GET(persons + "/" + query), 400);
        refused(csw, HttpRequest.GET("/api/v1/consents?personId=" + query), 400);
        refused(csw, HttpRequest.DELETE(one + "?reason=" + query), 400);
        refused(csw, raw(HttpMethod.POST, persons, "{\"displayName\": \"" + marker.repeat(150_000) + "\"}"), 413);
    }

    private Map<String, Object> profile() {
        Map<String, Object> profile = Staff.person(team, marker);
        profile.put("nameKana", "ヒトク " + marker);
        profile.put("contact", "電話 " + marker);
        profile.put("strengths", "得意 " + marker);
        profile.put("interests", "興味 " + marker);
        profile.put("strengthTags", new ArrayList<>(List.of(marker)));
        profile.put("pastWork", "職歴 " + marker);
        profile.put("home", Map.of("lat", 35.2524, "lon", 136.7044, "label", "駅 " + marker));
        return new HashMap<>(profile);
    }

    /** A body sent as it is written, in UTF-8, whether or not it is JSON. */
    private static MutableHttpRequest<byte[]> raw(HttpMethod method, String path, String body) {
        return HttpRequest.<byte[]>create(method, path)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private HttpResponse<String> send(Session session, MutableHttpRequest<?> request) {
        HttpResponse<String> response = session.exchange(request);
        if (response.code() >= 400) {
            errorResponses.add(new ErrorResponse(
                    request.getMethodName() + " " + request.getPath(),
                    response.code(),
                    response.getBody(String.class).orElse("")));
        }
        return response;
    }

    private long id(HttpResponse<String> response) {
        assertThat(response.code()).as("%s", response.body()).isLessThan(300);
        try {
            return ((Number) json.readValue(response.body(), MAP).get("id")).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ok(Session session, MutableHttpRequest<?> request) {
        HttpResponse<String> response = send(session, request);
        assertThat(response.code())
                .as("%s %s: %s", request.getMethodName(), request.getPath(), response.getBody(String.class))
                .isLessThan(300);
    }

    /** Expects a refusal with this status; any other answer is kept for the test to report. */
    private void refused(Session session, MutableHttpRequest<?> request, int status) {
        HttpResponse<String> response = send(session, request);
        if (response.code() != status) {
            unexpected.add(request.getMethodName() + " " + request.getPath() + ": " + response.code() + " instead of "
                    + status + " " + response.getBody(String.class).orElse(""));
        }
    }

    /** One account's session, answering with the bodies exactly as a client receives them. */
    private record Session(HttpClient http, Cookie jwt, Cookie csrf) {
        static Session of(HttpClient http, Account account) {
            return signIn(http, account.login(), Staff.PASSWORD);
        }

        static Session signIn(HttpClient http, String login, String password) {
            HttpResponse<String> signedIn = http.toBlocking()
                    .exchange(
                            HttpRequest.POST("/api/v1/session", Map.of("login", login, "password", password)),
                            String.class);
            return new Session(
                    http,
                    signedIn.getCookie("JWT").orElseThrow(),
                    signedIn.getCookie("deban-csrf").orElseThrow());
        }

        @SuppressWarnings("unchecked")
        HttpResponse<String> exchange(MutableHttpRequest<?> request) {
            request.cookie(Cookie.of("JWT", jwt.getValue()))
                    .cookie(Cookie.of("deban-csrf", csrf.getValue()))
                    .header("X-CSRF-Token", csrf.getValue());
            try {
                return http.toBlocking().exchange(request, String.class);
            } catch (HttpClientResponseException e) {
                return (HttpResponse<String>) e.getResponse();
            }
        }
    }
}
