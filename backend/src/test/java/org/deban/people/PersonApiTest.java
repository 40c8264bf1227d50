package org.deban.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaInput;
import org.deban.areas.AreaLayerDefinition;
import org.deban.areas.AreaLayerKind;
import org.deban.people.Staff.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Person records as CSWs keep them: the whole profile, its validation, who sees it and the audit of every read. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    ApiClient admin;
    long team;
    long otherTeam;
    Account csw;
    Account otherCsw;

    @Inject
    AreaImporter importer;

    @BeforeAll
    void staff() {
        admin = Staff.admin(http);
        team = Staff.team(admin);
        otherTeam = Staff.team(admin);
        csw = Staff.csw(http, admin, team);
        otherCsw = Staff.csw(http, admin, otherTeam);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCswRecordsAPersonInTheirTeamAndReadsTheWholeProfileBack() {
        String name = "出番 花子 " + Staff.unique();
        HttpResponse<Map<String, Object>> created = csw.api().post("/api/v1/persons", Staff.person(team, name));
        assertThat(created.code()).isEqualTo(201);
        long id = csw.api().id(created);
        assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/persons/" + id);

        Map<String, Object> person = csw.api().ok(csw.api().get("/api/v1/persons/" + id));
        assertThat(person)
                .containsEntry("teamId", (int) team)
                .containsEntry("assignedAccountId", (int) csw.id())
                .containsEntry("displayName", name)
                .containsEntry("nameKana", "テスト")
                .containsEntry("contact", "090-0000-0000")
                .containsEntry("age", 68)
                .containsEntry("strengths", "料理が得意")
                .containsEntry("interests", "園芸")
                .containsEntry("strengthTags", List.of("料理"))
                .containsEntry("pastWork", "調理師")
                .containsEntry("availability", List.of(Map.of("weekday", "THU", "start", "17:00", "end", "21:00")))
                .containsEntry("wants", List.of("ROLE", "PLACE_TO_BE"))
                .containsEntry("sharedWith", List.of())
                .containsEntry("closedOn", null);
        Map<String, Object> reach = (Map<String, Object>) person.get("reach");
        assertThat(reach)
                .containsEntry("mode", "WALK")
                .containsEntry("minutes", 20)
                .containsEntry("km", null);
        Map<String, Object> home = (Map<String, Object>) person.get("home");
        assertThat(home)
                .containsEntry("areaId", null)
                .containsEntry("lat", 35.2524)
                .containsEntry("lon", 136.7044)
                .containsEntry("label", "稲沢駅");
        assertThat((List<Map<String, Object>>) person.get("constraints"))
                .as("a physical constraint is always a must; a social one stays as the CSW marked it")
                .containsExactly(
                        Map.of("code", "WHEELCHAIR", "must", true), Map.of("code", "NO_CROWDS", "must", false));

        assertThat(Staff.ids(csw.api().ok(csw.api().get("/api/v1/persons?mine=true"))))
                .contains(id);
    }

    @Test
    void aProfileThatCannotBeStoredIsRefusedFieldByFieldAndNothingIsStored() {
        Account fresh = Staff.csw(http, admin, team);
        Map<String, Object> person = Staff.person(otherTeam, " ");
        person.put("availability", List.of(Map.of("weekday", "MON", "start", "10:00", "end", "10:00")));
        person.put("home", Map.of("areaId", 1, "lat", 35.25, "lon", 136.70, "label", "稲沢駅"));
        person.put("wants", Arrays.asList("ROLE", null));

        HttpResponse<Map<String, Object>> refused = fresh.api().post("/api/v1/persons", person);

        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.getContentType()).map(MediaType::toString).hasValue("application/problem+json");
        assertThat(fieldCodes(body(refused)))
                .containsEntry("displayName", "REQUIRED")
                .containsEntry("availability[0].end", "OUT_OF_RANGE")
                .containsEntry("home", "INVALID_VALUE")
                .containsEntry("wants[1]", "REQUIRED")
                .containsEntry("teamId", "INVALID_VALUE");
        assertThat(fresh.api().ok(fresh.api().get("/api/v1/persons?mine=true"))).containsEntry("total", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHomeIsAnAreaReadBackWithItsName() {
        String layer = "t-" + Staff.unique();
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "テスト地区", AreaLayerKind.DISTRICT, false, "テスト"),
                List.of(new AreaInput(0, "A", "出番地区", null, "{}", square(30.3, 138.3, 0.001))),
                done -> {});
        long area =
                Staff.ids(admin.ok(admin.get("/api/v1/areas?layer=" + layer))).getFirst();
        Map<String, Object> person = Staff.person(team, "地区 八郎 " + Staff.unique());
        person.put("home", Map.of("areaId", area));

        long id = csw.api().id(csw.api().post("/api/v1/persons", person));

        assertThat((Map<String, Object>)
                        csw.api().ok(csw.api().get("/api/v1/persons/" + id)).get("home"))
                .containsEntry("areaId", (int) area)
                .containsEntry("areaName", "出番地区")
                .containsEntry("lat", null)
                .containsEntry("label", null);
    }

    private static String square(double lat, double lon, double half) {
        return String.format(
                java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$f,%2$f],[%3$f,%2$f],[%3$f,%4$f],[%1$f,%4$f],[%1$f,%2$f]]]}",
                lon - half,
                lat - half,
                lon + half,
                lat + half);
    }

    @Test
    void aRefusalNeverQuotesWhatWasTyped() {
        String typed = "長すぎる名前" + Staff.unique() + "あ".repeat(100);
        HttpResponse<Map<String, Object>> refused = csw.api().post("/api/v1/persons", Staff.person(team, typed));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(fieldCodes(body(refused))).containsEntry("displayName", "OUT_OF_RANGE");
        assertThat(String.valueOf(body(refused))).doesNotContain(typed.substring(0, 14));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherTeamSeesARecordOnlyWhileARecordedDecisionSharesIt() {
        long id = csw.api().id(csw.api().post("/api/v1/persons", Staff.person(team, "共有 太郎 " + Staff.unique())));
        String path = "/api/v1/persons/" + id;

        assertThat(otherCsw.api().get(path).code()).isEqualTo(403);
        assertThat(Staff.audit(admin, "PERSON_ACCESS_REFUSED", id))
                .as("the refusal is audited with who was refused")
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("actorLogin", otherCsw.login())
                        .containsEntry("actorId", (int) otherCsw.id())
                        .extractingByKey("detail")
                        .asString()
                        .contains("NOT_IN_TEAM"));
        assertThat(Staff.ids(otherCsw.api().ok(otherCsw.api().get("/api/v1/persons"))))
                .doesNotContain(id);

        Map<String, Object> withoutConsent = Map.of("teamId", otherTeam, "basis", "CONSENT");
        assertThat(fieldCodes(body(csw.api().post(path + "/shares", withoutConsent))))
                .containsEntry("consentId", "INVALID_VALUE");
        assertThat(otherCsw.api().get(path).code()).isEqualTo(403);

        String decidedOn = Staff.today().minusDays(3).toString();
        Map<String, Object> shared = csw.api()
                .ok(csw.api()
                        .post(
                                path + "/shares",
                                Map.of("teamId", otherTeam, "basis", "SUPPORT_MEETING", "decidedOn", decidedOn)));
        assertThat((List<Map<String, Object>>) shared.get("sharedWith"))
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .containsEntry("teamId", (int) otherTeam)
                        .containsEntry("basis", "SUPPORT_MEETING")
                        .containsEntry("decidedOn", decidedOn));
        assertThat(otherCsw.api().ok(otherCsw.api().get(path))).containsEntry("id", (int) id);
        assertThat(Staff.ids(otherCsw.api().ok(otherCsw.api().get("/api/v1/persons"))))
                .contains(id);

        assertThat(csw.api()
                        .exchange(HttpRequest.DELETE(path + "/shares/" + otherTeam))
                        .code())
                .isEqualTo(204);
        assertThat(otherCsw.api().get(path).code()).isEqualTo(403);
    }

    @Test
    void aShareOnTheStrengthOfAConsentEndsWhenTheConsentIsWithdrawn() {
        long id = csw.api().id(csw.api().post("/api/v1/persons", Staff.person(team, "同意 次郎 " + Staff.unique())));
        String path = "/api/v1/persons/" + id;
        Map<String, Object> consent = Staff.consent(id, 0);
        consent.remove("recipientOrganizationId");
        consent.put("recipientTeamId", otherTeam);
        consent.put("fields", Arrays.asList("NAME", null));
        assertThat(fieldCodes(body(csw.api().post("/api/v1/consents", consent))))
                .containsEntry("fields", "INVALID_VALUE");
        consent.put("fields", List.of("NAME", "STRENGTHS"));
        long consentId = csw.api().id(csw.api().post("/api/v1/consents", consent));

        Map<String, Object> share = new LinkedHashMap<>(Map.of("teamId", otherTeam, "basis", "SUPPORT_MEETING"));
        share.put("consentId", consentId);
        assertThat(fieldCodes(body(csw.api().post(path + "/shares", share))))
                .as("a support meeting's decision rests on no consent")
                .containsEntry("consentId", "INVALID_VALUE");
        share.put("basis", "CONSENT");
        csw.api().ok(csw.api().post(path + "/shares", share));
        assertThat(otherCsw.api().get(path).code()).isEqualTo(200);

        csw.api().ok(csw.api().post("/api/v1/consents/" + consentId + "/withdrawal", Map.of()));
        assertThat(otherCsw.api().get(path).code()).isEqualTo(403);
    }

    @Test
    void administratorsAndOrganisationMembersAreNotCaseWorkers() {
        long id = csw.api().id(csw.api().post("/api/v1/persons", Staff.person(team, "管理 三郎 " + Staff.unique())));
        Staff.Host host = Staff.host(admin, "会 " + Staff.unique());
        Account member = Staff.member(http, admin, host.organizationId());

        assertThat(admin.get("/api/v1/persons/" + id).code()).isEqualTo(403);
        assertThat(member.api().get("/api/v1/persons/" + id).code()).isEqualTo(403);
        assertThat(admin.get("/api/v1/persons").code()).isEqualTo(403);
        assertThat(admin.post("/api/v1/persons", Staff.person(team, "管理者が作る人")).code())
                .isEqualTo(403);
        assertThat(Staff.audit(admin, "PERSON_ACCESS_REFUSED", id))
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("actorLogin", "test-admin")
                        .extractingByKey("detail")
                        .asString()
                        .contains("NOT_A_CSW", "ADMIN"))
                .anySatisfy(e -> assertThat(e)
                        .containsEntry("actorLogin", member.login())
                        .extractingByKey("detail")
                        .asString()
                        .contains("NOT_A_CSW", "ORG_MEMBER"));
        assertThat(Staff.audit(admin, "PERSON_READ", id)).isEmpty();
    }

    @Test
    void everyReadIsAuditedWithWhoReadWhichRecord() {
        long id = csw.api().id(csw.api().post("/api/v1/persons", Staff.person(team, "記録 四郎 " + Staff.unique())));
        assertThat(Staff.audit(admin, "PERSON_READ", id)).isEmpty();

        csw.api().ok(csw.api().get("/api/v1/persons/" + id));
        assertThat(Staff.audit(admin, "PERSON_READ", id))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("actorLogin", csw.login())
                        .containsEntry("actorId", (int) csw.id())
                        .containsEntry("targetType", "PERSON")
                        .containsEntry("targetId", Long.toString(id)));
        csw.api().ok(csw.api().get("/api/v1/persons/" + id));
        assertThat(Staff.audit(admin, "PERSON_READ", id)).hasSize(2);
        assertThat(Staff.audit(admin, "PERSON_CREATED", id))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("actorLogin", csw.login()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldCodes(Map<String, Object> problem) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) problem.get("errors")) {
            codes.put((String) e.get("field"), (String) e.get("code"));
        }
        return codes;
    }
}
