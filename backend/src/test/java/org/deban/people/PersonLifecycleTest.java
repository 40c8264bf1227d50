package org.deban.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;
import static org.deban.people.PersonApiTest.fieldCodes;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.deban.ApiClient;
import org.deban.Sql;
import org.deban.people.Staff.Account;
import org.junit.jupiter.api.Test;

/** A person record's life: a CSW leaves and hands the caseload over; the record is deleted on request or expires. */
@MicronautTest(transactional = false)
class PersonLifecycleTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    RetentionJob retention;

    @Test
    void anAdministratorHandsACaseloadOverToAnotherCswOfTheSameTeam() {
        ApiClient admin = Staff.admin(http);
        long team = Staff.team(admin);
        Account leaving = Staff.csw(http, admin, team);
        Account taking = Staff.csw(http, admin, team);
        Account outsider = Staff.csw(http, admin, Staff.team(admin));
        long id =
                leaving.api().id(leaving.api().post("/api/v1/persons", Staff.person(team, "引継 五郎 " + Staff.unique())));

        var refused = admin.post(
                "/api/v1/persons/hand-over", Map.of("fromAccountId", leaving.id(), "toAccountId", outsider.id()));
        assertThat(refused.code()).isEqualTo(400);
        assertThat(fieldCodes(body(refused))).containsEntry("toAccountId", "INVALID_VALUE");
        assertThat(Staff.ids(leaving.api().ok(leaving.api().get("/api/v1/persons?mine=true"))))
                .containsExactly(id);
        assertThat(leaving.api()
                        .post(
                                "/api/v1/persons/hand-over",
                                Map.of("fromAccountId", leaving.id(), "toAccountId", taking.id()))
                        .code())
                .as("only an administrator hands a caseload over")
                .isEqualTo(403);

        assertThat(admin.ok(admin.post(
                        "/api/v1/persons/hand-over",
                        Map.of("fromAccountId", leaving.id(), "toAccountId", taking.id()))))
                .containsEntry("moved", 1);
        assertThat(Staff.ids(taking.api().ok(taking.api().get("/api/v1/persons?mine=true"))))
                .containsExactly(id);
        assertThat(Staff.ids(leaving.api().ok(leaving.api().get("/api/v1/persons?mine=true"))))
                .isEmpty();
        assertThat(taking.api().ok(taking.api().get("/api/v1/persons/" + id)))
                .containsEntry("assignedAccountId", (int) taking.id());
    }

    @Test
    void deletionOnRequestRemovesTheRecordButKeepsTheRecordOfWhatWasProvided() {
        ApiClient admin = Staff.admin(http);
        long team = Staff.team(admin);
        Account csw = Staff.csw(http, admin, team);
        Staff.Host host = Staff.host(admin, "こども食堂 " + Staff.unique());
        String name = "削除 六郎 " + Staff.unique();
        long id = csw.api().id(csw.api().post("/api/v1/persons", Staff.person(team, name)));
        csw.api().id(csw.api().post("/api/v1/consents", Staff.consent(id, host.organizationId())));
        long referral =
                csw.api().id(csw.api().post("/api/v1/referrals", Map.of("personId", id, "offerId", host.offerId())));
        assertThat(csw.api().ok(csw.api().get("/api/v1/referrals/" + referral + "/sheet")))
                .extractingByKey("person")
                .asString()
                .contains(name);
        Sql sql = new Sql(dataSource);
        assertThat(sql.column("SELECT person_name FROM provision_record WHERE person_id = ?", id))
                .containsExactly(name);

        String path = "/api/v1/persons/" + id;
        assertThat(fieldCodes(body(csw.api().exchange(HttpRequest.DELETE(path + "?reason=BORED")))))
                .containsEntry("reason", "INVALID_VALUE");
        assertThat(csw.api()
                        .exchange(HttpRequest.DELETE(path + "?reason=PERSON_REQUEST"))
                        .code())
                .isEqualTo(204);

        assertThat(csw.api().get(path).code()).isEqualTo(404);
        assertThat(csw.api().get("/api/v1/referrals/" + referral).code()).isEqualTo(404);
        assertThat(Staff.audit(admin, "PERSON_DELETED", id))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("actorLogin", csw.login())
                        .extractingByKey("detail")
                        .asString()
                        .contains("PERSON_REQUEST"));
        assertThat(sql.count("SELECT count(*) FROM consent WHERE person_id = ?", id))
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM referral WHERE person_id = ?", id))
                .isZero();
        assertThat(sql.column("SELECT person_name FROM provision_record WHERE person_id = ?", id))
                .as("the record of the provision to a third party is kept (個人情報保護法 §29)")
                .containsExactly(name);
    }

    @Test
    void aTeamsRetentionRuleDeletesRecordsClosedLongerAgoAndKeepsTheRest() {
        ApiClient admin = Staff.admin(http);
        long team = Staff.team(admin);
        long keepingTeam = Staff.team(admin);
        Account csw = Staff.csw(http, admin, team, keepingTeam);
        assertThat(admin.put("/api/v1/teams/" + team + "/retention", Map.of("months", 12))
                        .code())
                .isEqualTo(204);
        long expired = closed(csw, team, Staff.today().minusYears(2).toString());
        long recent = closed(csw, team, Staff.today().minusDays(1).toString());
        long open = closed(csw, team, null);
        long noRule = closed(csw, keepingTeam, Staff.today().minusYears(2).toString());

        assertThat(retention.run()).isNotNull();

        assertThat(csw.api().get("/api/v1/persons/" + expired).code()).isEqualTo(404);
        for (long kept : new long[] {recent, open, noRule}) {
            assertThat(csw.api().get("/api/v1/persons/" + kept).code())
                    .as("person %d", kept)
                    .isEqualTo(200);
        }
        assertThat(Staff.audit(admin, "PERSON_DELETED", expired))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("actorLogin", "system:retention")
                        .extractingByKey("detail")
                        .asString()
                        .contains("RETENTION"));
        assertThat(Staff.audit(admin, "PERSON_DELETED", recent)).isEmpty();
    }

    private static long closed(Account csw, long team, String closedOn) {
        Map<String, Object> person = Staff.person(team, "保存 七郎 " + Staff.unique());
        person.put("closedOn", closedOn);
        return csw.api().id(csw.api().post("/api/v1/persons", person));
    }
}
