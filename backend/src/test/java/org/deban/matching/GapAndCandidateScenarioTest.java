package org.deban.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.matching.MatchScenarioTest.codes;
import static org.deban.matching.MatchScenarioTest.items;
import static org.deban.matching.MatchScenarioTest.texts;
import static org.deban.matching.MatchWorld.weekly;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaInput;
import org.deban.areas.AreaLayerDefinition;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.Shapes;
import org.junit.jupiter.api.Test;

/** S04 (nothing fits: what relaxing brings, and the unmet need recorded once) and S09 (offer → persons). */
@MicronautTest(transactional = false)
class GapAndCandidateScenarioTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    @SuppressWarnings("unchecked")
    void S04_nothingFitsSaysWhatRelaxingWouldBringAndRecordsTheNeedOnce() {
        MatchWorld world = new MatchWorld(http);
        String layer = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "地区", AreaLayerKind.DISTRICT, false, null),
                List.of(new AreaInput(
                        0, "A", "A地区", null, "{}", Shapes.square(world.centre.lat(), world.centre.lon(), 0.05))),
                done -> {});
        Map<String, Object> garden = Map.of("strengthTags", List.of("園芸"), "type", "VOLUNTEER_ROLE");
        world.offer("花壇の手入れ（火）", 0.5, weekly("TUE", "09:00", "11:00"), garden);
        world.offer("花壇の手入れ（水）", 0.8, weekly("WED", "09:00", "11:00"), garden);
        world.offer("公園の草花（木）", 1.0, weekly("THU", "09:00", "11:00"), garden);
        world.offer("日曜の農園", 3.0, weekly("SUN", "09:00", "11:00"), garden);
        world.indexed();
        Map<String, Object> person = MatchWorld.profile(
                "displayName", "日曜の人",
                "teamId", world.work.team,
                "home", world.home(),
                "reach", Map.of("mode", "WALK", "km", 2.0),
                "availability", List.of(Map.of("weekday", "SUN", "start", "08:00", "end", "12:00")),
                "interests", "庭仕事",
                "strengthTags", List.of("園芸"),
                "wants", List.of("ROLE"));

        Map<String, Object> result = world.match(person);
        assertThat(items(result)).isEmpty();
        List<Map<String, Object>> relaxations = (List<Map<String, Object>>) result.get("relaxations");
        assertThat(relaxations)
                .extracting(r -> r.get("code"))
                .containsExactlyInAnyOrder(
                        "AVAILABILITY",
                        "REACH",
                        "AGE",
                        "TARGET_GROUP",
                        "ACCESSIBILITY",
                        "STATUS",
                        "CAPACITY",
                        "CROWD",
                        "MODE");
        assertThat(relaxations).extracting(r -> (String) r.get("text")).contains("日曜以外も可なら 3 件", "+2 km なら 1 件");

        ApiClient csw = world.work.csw;
        long stored = csw.id(csw.post("/api/v1/persons", person));
        var first = csw.post("/api/v1/gaps", Map.of("personId", stored));
        assertThat(first.code()).isEqualTo(201);
        Map<String, Object> need = (Map<String, Object>) ApiClient.body(first).get("need");
        assertThat(need)
                .containsEntry("weekdays", List.of("SUN"))
                .containsEntry("timeBuckets", List.of("MORNING"))
                .containsEntry("wants", List.of("ROLE"))
                .containsEntry("strengths", List.of("園芸"));
        assertThat(need).as("no identity").containsOnlyKeys("areaIds", "weekdays", "timeBuckets", "wants", "strengths");
        var again = csw.post("/api/v1/gaps", Map.of("personId", stored));
        assertThat(again.code()).isEqualTo(200);
        assertThat(ApiClient.body(again).get("recorded")).isEqualTo(false);

        for (ApiClient reader : List.of(csw, world.work.admin)) {
            List<Map<String, Object>> areas = (List<Map<String, Object>>)
                    reader.ok(reader.get("/api/v1/gaps?layer=" + layer)).get("items");
            assertThat(areas).singleElement().satisfies(a -> {
                assertThat(a.get("name")).isEqualTo("A地区");
                assertThat(a.get("needs")).isEqualTo(1);
                assertThat((Map<String, Object>) a.get("byTimeOfDay")).containsEntry("MORNING", 1);
                assertThat((Map<String, Object>) a.get("byWeekday")).containsEntry("SUN", 1);
            });
        }
        Map<String, Object> map = (Map<String, Object>)
                ((List<?>) csw.ok(csw.get("/api/v1/gaps/map?layer=" + layer)).get("items")).getFirst();
        assertThat((Map<String, Object>) map.get("offersByType")).containsEntry("VOLUNTEER_ROLE", 4);
        assertThat((Map<String, Object>) map.get("offersByWeekdayAndTime"))
                .containsEntry("TUE_MORNING", 1)
                .doesNotContainKey("SUN_EVENING");
        assertThat(ApiClient.anonymous(http).get("/api/v1/gaps?layer=" + layer).code())
                .isEqualTo(401);
    }

    @Test
    void S09_offerToPersonsRanksTheGardenerFirstAndNeverShowsAnotherTeam() {
        MatchWorld world = new MatchWorld(http);
        long trial = world.offer(
                "庭の手入れの就労体験",
                1.0,
                Map.of("frequency", "WEEKLY", "weekdays", List.of("TUE", "THU"), "start", "09:30", "end", "11:30"),
                Map.of("type", "WORK_EXPERIENCE", "strengthTags", List.of("庭の手入れ"), "roleLevels", List.of(2, 3)));
        List<Map<String, Object>> weekdayMornings = List.of("MON", "TUE", "WED", "THU", "FRI").stream()
                .map(d -> Map.<String, Object>of("weekday", d, "start", "09:00", "end", "12:00"))
                .toList();
        long gardener = world.work.person(
                "B型の庭好きさん",
                Map.of(
                        "pastWork",
                        "B型事業所で軽作業",
                        "interests",
                        "ガーデニング",
                        "availability",
                        weekdayMornings,
                        "home",
                        world.home(),
                        "wants",
                        List.of("WORK_EXPERIENCE")));
        long tuesday = world.work.person(
                "火曜だけの人",
                Map.of(
                        "availability", List.of(Map.of("weekday", "TUE", "start", "09:00", "end", "12:00")),
                        "home", world.home()));
        long evenings = world.work.person(
                "夜だけの人",
                Map.of(
                        "interests", "ガーデニング",
                        "availability", List.of(Map.of("weekday", "TUE", "start", "18:00", "end", "21:00")),
                        "home", world.home()));
        long otherTeam = world.work.team("ほかのチーム");
        ApiClient otherCsw = world.work.cswOf(List.of(otherTeam));
        long stranger = otherCsw.id(otherCsw.post(
                "/api/v1/persons",
                Map.of(
                        "teamId",
                        otherTeam,
                        "displayName",
                        "ほかのチームの庭好きさん",
                        "interests",
                        "ガーデニング",
                        "availability",
                        weekdayMornings,
                        "home",
                        world.home(),
                        "wants",
                        List.of("WORK_EXPERIENCE"))));

        List<Map<String, Object>> candidates =
                items(world.work.csw.ok(world.work.csw.get("/api/v1/offers/" + trial + "/candidates")));
        assertThat(candidates)
                .extracting(c -> ((Number) c.get("personId")).longValue())
                .containsExactly(gardener, tuesday)
                .doesNotContain(evenings, stranger);
        assertThat(codes(candidates.getFirst())).contains("STRENGTH_MATCH", "AVAILABILITY_FIT", "WANT_FIT");
        assertThat(texts(candidates.getFirst())).contains("庭の手入れが活かせる");
        assertThat(items(otherCsw.ok(otherCsw.get("/api/v1/offers/" + trial + "/candidates"))))
                .extracting(c -> ((Number) c.get("personId")).longValue())
                .containsExactly(stranger);

        // A proposal starts a referral in the journey with one call.
        Map<String, Object> referral = world.work.csw.ok(
                world.work.csw.post("/api/v1/referrals", Map.of("personId", gardener, "offerId", trial)));
        assertThat(referral.get("step")).isEqualTo("SOUNDING_OUT");
    }
}
