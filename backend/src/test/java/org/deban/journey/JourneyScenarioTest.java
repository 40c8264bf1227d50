package org.deban.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.deban.Casework;
import org.junit.jupiter.api.Test;

/** S16 and S17: consent before anything reaches a host, and the steps of a journey with its follow-ups and alerts. */
@MicronautTest(transactional = false)
class JourneyScenarioTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void S16_nothingReachesTheHostBeforeConsentAndThenOnlyTheConsentedFields() {
        Casework work = Casework.start(http);
        ApiClient csw = work.csw;
        long kitchen = work.organization("子ども食堂こうのみや");
        long other = work.organization("ほかの食堂");
        long offer = work.offer(kitchen, "調理の手伝い", "VOLUNTEER_ROLE");
        long person = work.person(
                "佐藤はるか",
                Map.of(
                        "contact", "090-0000-1111",
                        "age", 34,
                        "strengths", "料理が得意",
                        "pastWork", "飲食店の厨房",
                        "availability", List.of(Map.of("weekday", "THU", "start", "17:00", "end", "21:00"))));
        long referral = work.referral(person, offer, Casework.today());
        String steps = "/api/v1/referrals/" + referral + "/steps";

        assertThat(csw.ok(csw.post(steps, Map.of("step", "CONSENT"))).get("step"))
                .isEqualTo("CONSENT");
        for (String beyond : List.of("HOST_ARRANGEMENT", "VISIT", "PARTICIPATING")) {
            var refused = csw.post(steps, Map.of("step", beyond));
            assertThat(refused.code()).as(beyond).isEqualTo(409);
            assertThat(ApiClient.body(refused).get("type")).isEqualTo("https://deban.org/problems/consent-required");
            assertThat((String) ApiClient.body(refused).get("detail")).contains("子ども食堂こうのみや");
        }
        var noSheet = csw.get("/api/v1/referrals/" + referral + "/sheet");
        assertThat(noSheet.code()).isEqualTo(409);
        assertThat(ApiClient.body(noSheet).get("type")).isEqualTo("https://deban.org/problems/consent-required");

        ApiClient host = work.member(kitchen);
        assertThat(host.get("/api/v1/referrals/" + referral).code())
                .as("the host sees nothing before consent")
                .isEqualTo(403);
        assertThat((List<?>) host.ok(host.get("/api/v1/referrals")).get("items"))
                .isEmpty();

        // A consent for another host does not count: consent is per recipient.
        work.consent(person, other, List.of("NAME", "CONTACT", "AGE", "STRENGTHS", "PAST_WORK"));
        assertThat(csw.get("/api/v1/referrals/" + referral + "/sheet").code()).isEqualTo(409);

        long consent = work.consent(person, kitchen, List.of("NAME", "STRENGTHS"));
        Map<String, Object> sheet = csw.ok(csw.get("/api/v1/referrals/" + referral + "/sheet"));
        Map<String, Object> shared = (Map<String, Object>) sheet.get("person");
        assertThat(shared)
                .containsEntry("displayName", "佐藤はるか")
                .containsEntry("strengths", "料理が得意")
                .doesNotContainKeys("contact", "age", "pastWork", "availability", "constraints", "homeArea");
        assertThat(shared.get("fields")).isEqualTo(List.of("NAME", "STRENGTHS"));
        assertThat(((Map<String, Object>) sheet.get("host")).get("name")).isEqualTo("子ども食堂こうのみや");
        assertThat(((Map<String, Object>) sheet.get("consent")).get("id")).isEqualTo((int) consent);

        Map<String, Object> seenByHost = host.ok(host.get("/api/v1/referrals/" + referral));
        assertThat((Map<String, Object>) seenByHost.get("person"))
                .containsEntry("displayName", "佐藤はるか")
                .doesNotContainKeys("contact", "age", "pastWork");
        assertThat(seenByHost.get("personName")).isNull();
        assertThat(csw.ok(csw.post(steps, Map.of("step", "HOST_ARRANGEMENT"))).get("step"))
                .isEqualTo("HOST_ARRANGEMENT");

        // Another organisation's member is refused, and the refusal is audited.
        ApiClient stranger = work.member(other);
        assertThat(stranger.get("/api/v1/referrals/" + referral).code()).isEqualTo(403);
        assertThat(audit(work, "PERSON_ACCESS_REFUSED", "REFERRAL", referral))
                .anySatisfy(e -> assertThat(e.get("detail").toString()).contains("OTHER_ORGANIZATION"));

        // Every read of the person's record is in the audit log: the CSW's, the sheet, the host's.
        csw.ok(csw.get("/api/v1/persons/" + person));
        List<Map<String, Object>> reads = audit(work, null, "PERSON", person);
        assertThat(reads)
                .extracting(e -> e.get("action"))
                .contains("PERSON_CREATED", "CONSENT_RECORDED", "PERSON_DISCLOSED", "PERSON_READ", "REFERRAL_STEP");
        assertThat(reads)
                .filteredOn(e -> "PERSON_READ".equals(e.get("action")))
                .extracting(e -> e.get("actorLogin"))
                .contains(login(host), login(csw));

        // Withdrawal ends what the consent allowed.
        csw.ok(csw.post("/api/v1/consents/" + consent + "/withdrawal", Map.of("note", "本人の希望")));
        assertThat(csw.get("/api/v1/referrals/" + referral + "/sheet").code()).isEqualTo(409);
        assertThat(host.get("/api/v1/referrals/" + referral).code()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void S17_stepsFollowUpsAndTwoMissedSessionsRaiseAnAlert() {
        Casework work = Casework.start(http);
        ApiClient csw = work.csw;
        long host = work.organization("ふれあいサロン東");
        long offer = work.offer(host, "受付の手伝い", "VOLUNTEER_ROLE");
        long person = work.person("田中一郎", Map.of());
        LocalDate today = Casework.today();
        long referral = work.referral(person, offer, today.minusDays(40));
        String steps = "/api/v1/referrals/" + referral + "/steps";
        move(csw, steps, "CONSENT", today.minusDays(38), false);
        work.consent(person, host, List.of("NAME"));
        move(csw, steps, "HOST_ARRANGEMENT", today.minusDays(35), false);
        move(csw, steps, "VISIT", today.minusDays(30), true);
        move(csw, steps, "TRIAL", today.minusDays(25), false);
        LocalDate joined = today.minusDays(20);
        Map<String, Object> participating = move(csw, steps, "PARTICIPATING", joined, false);

        assertThat((List<Map<String, Object>>) participating.get("steps"))
                .extracting(s -> s.get("step"))
                .containsExactly("SOUNDING_OUT", "CONSENT", "HOST_ARRANGEMENT", "VISIT", "TRIAL", "PARTICIPATING");
        assertThat((List<Map<String, Object>>) participating.get("steps"))
                .filteredOn(s -> "VISIT".equals(s.get("step")))
                .extracting(s -> s.get("accompanied"))
                .containsExactly(true);
        assertThat((List<Map<String, Object>>) participating.get("followUps"))
                .extracting(f -> f.get("kind") + " " + f.get("dueOn"))
                .containsExactly(
                        "TWO_WEEKS " + joined.plusWeeks(2),
                        "ONE_MONTH " + joined.plusMonths(1),
                        "THREE_MONTHS " + joined.plusMonths(3));
        assertThat(codes(participating)).containsExactly("FOLLOW_UP_DUE");

        Map<String, Object> done = csw.ok(
                csw.put("/api/v1/referrals/" + referral + "/follow-ups/TWO_WEEKS", Map.of("note", "本人・受入先とも順調")));
        assertThat(codes(done)).isEmpty();

        ApiClient member = work.member(host);
        String attendance = "/api/v1/referrals/" + referral + "/attendance";
        member.ok(member.post(attendance, Map.of("on", today.minusDays(14).toString(), "attended", true)));
        member.ok(member.post(attendance, Map.of("on", today.minusDays(7).toString(), "attended", false)));
        assertThat(codes(csw.ok(csw.get("/api/v1/referrals/" + referral)))).isEmpty();
        member.ok(member.post(attendance, Map.of("on", today.toString(), "attended", false)));

        Map<String, Object> alerted = csw.ok(csw.get("/api/v1/referrals/" + referral));
        assertThat(codes(alerted)).containsExactly("MISSED_TWICE");
        assertThat(((List<Map<String, Object>>) alerted.get("alerts"))
                        .get(0)
                        .get("text")
                        .toString())
                .contains("2回続けて欠席");
        assertThat((List<Map<String, Object>>)
                        csw.ok(csw.get("/api/v1/referrals?attention=true")).get("items"))
                .extracting(r -> ((Number) r.get("id")).longValue())
                .containsExactly(referral);
        assertThat(member.ok(member.get("/api/v1/referrals/" + referral)).get("alerts"))
                .as("alerts are for the CSW")
                .isEqualTo(List.of());

        // Steps never go back; 中断 needs a reason and resumes where it stopped.
        assertThat(csw.post(steps, Map.of("step", "VISIT")).code()).isEqualTo(409);
        var noReason = csw.post(steps, Map.of("step", "SUSPENDED"));
        assertThat(noReason.code()).isEqualTo(400);
        assertThat(noReason.body().toString()).contains("reason");
        Map<String, Object> suspended = csw.ok(csw.post(steps, Map.of("step", "SUSPENDED", "reason", "体調不良")));
        assertThat(suspended.get("suspendedFrom")).isEqualTo("PARTICIPATING");
        assertThat(csw.post(steps, Map.of("step", "TRIAL")).code()).isEqualTo(409);
        assertThat(csw.ok(csw.post(steps, Map.of("step", "PARTICIPATING"))).get("step"))
                .isEqualTo("PARTICIPATING");
    }

    private static Map<String, Object> move(
            ApiClient csw, String steps, String step, LocalDate on, boolean accompanied) {
        return csw.ok(csw.post(
                steps, Map.of("step", step, "on", on.toString(), "accompanied", accompanied, "note", step + "の記録")));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> codes(Map<String, Object> referral) {
        return ((List<Map<String, Object>>) referral.get("alerts"))
                .stream().map(a -> a.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> audit(Casework work, String action, String targetType, long target) {
        String query = "/api/v1/audit?size=1000&targetType=" + targetType + "&targetId=" + target
                + (action == null ? "" : "&action=" + action);
        return (List<Map<String, Object>>) work.admin.ok(work.admin.get(query)).get("items");
    }

    private static String login(ApiClient client) {
        return (String) client.ok(client.get("/api/v1/session")).get("login");
    }
}
