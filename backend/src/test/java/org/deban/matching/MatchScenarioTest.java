package org.deban.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.matching.MatchWorld.profile;
import static org.deban.matching.MatchWorld.weekly;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.deban.Casework;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaLayerKind;
import org.deban.gis.GeoPoint;
import org.deban.matching.VenueWorld.Square;
import org.junit.jupiter.api.Test;

/** S01–S03 and S05–S08: what is proposed, with which reasons, and why not. */
@MicronautTest(transactional = false)
class MatchScenarioTest {
    private static final List<String> EVERY_DAY = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    void S01_eveningOnlyPersonGetsEveningRole() {
        MatchWorld world = new MatchWorld(http);
        long cooking =
                world.offer("子ども食堂の調理補助", 1.2, weekly("THU", "17:00", "19:30"), Map.of("strengthTags", List.of("調理")));
        long reception =
                world.offer("サロンの受付", 0.8, weekly("WED", "10:00", "12:00"), Map.of("strengthTags", List.of("受付")));
        long watching =
                world.offer("学習支援の見守り", 1.5, weekly("FRI", "18:00", "20:00"), Map.of("strengthTags", List.of("見守り")));
        world.indexed();
        Map<String, Object> person = profile(
                "age", 34,
                "pastWork", "飲食店の厨房",
                "availability",
                        EVERY_DAY.stream()
                                .map(d -> Map.of("weekday", d, "start", "17:00", "end", "24:00"))
                                .toList(),
                "reach", Map.of("mode", "BICYCLE", "km", 2.0),
                "home", world.home(),
                "wants", List.of("ROLE"));

        List<Map<String, Object>> items = world.mine(items(world.match(person)));
        assertThat(ids(items)).containsExactly(cooking, watching).doesNotContain(reception);
        Map<String, Object> first = items.getFirst();
        assertThat(codes(first)).contains("AVAILABILITY_FIT", "STRENGTH_MATCH", "NEARBY");
        assertThat(texts(first)).contains("17:00以降に参加できる", "調理の経験が活かせる").anyMatch(t -> t.contains("1.2 km"));
        assertThat(first.get("distanceKm")).isEqualTo(1.2);
        // The place's own point, for the CSW's map of proposals.
        Map<String, Object> at = (Map<String, Object>) first.get("location");
        assertThat(GeoPoint.of(((Number) at.get("lat")).doubleValue(), ((Number) at.get("lon")).doubleValue())
                        .distanceKm(world.east(1.2)))
                .isLessThan(0.01);
        assertThat((List<Map<String, Object>>) first.get("fittingDates"))
                .isNotEmpty()
                .allSatisfy(
                        d -> assertThat(LocalDate.parse((String) d.get("date")).getDayOfWeek())
                                .isEqualTo(DayOfWeek.THURSDAY));

        Map<String, Object> whyNot = world.whyNot(person, reception);
        assertThat(whyNot.get("fits")).isEqualTo(false);
        assertThat(findings(whyNot, "constraints"))
                .extracting(f -> f.get("code") + " " + f.get("text"))
                .containsExactly("AVAILABILITY 時間帯が合わない (10:00–12:00)");
    }

    @Test
    void S02_prefersNotToTalkGetsQuietRolesFirst() {
        MatchWorld world = new MatchWorld(http);
        long tea = world.offer(
                "お茶会",
                0.4,
                weekly("TUE", "13:00", "15:00"),
                Map.of("tags", List.of("CONVERSATION"), "strengthTags", List.of()));
        long stamps = world.offer(
                "切手整理クラブ",
                0.9,
                weekly("TUE", "13:00", "15:00"),
                Map.of("tags", List.of("NO_TALKING_NEEDED", "HANDS_ON"), "strengthTags", List.of()));
        world.indexed();
        Map<String, Object> person = profile(
                "home", world.home(),
                "reach", Map.of("mode", "WALK", "minutes", 30),
                "constraints", List.of(Map.of("code", "PREFERS_NOT_TO_TALK", "must", false)));

        List<Map<String, Object>> items = world.mine(items(world.match(person)));
        assertThat(ids(items)).containsExactly(stamps, tea);
        assertThat(findings(items.getFirst(), "reasons"))
                .filteredOn(r -> "TAG_MATCH".equals(r.get("code")))
                .extracting(r -> r.get("text"))
                .contains("話さなくてOK", "作業中心");
    }

    @Test
    void S03_remoteRoleIsOfferedWhateverTheDistance() {
        MatchWorld world = new MatchWorld(http);
        long website = world.offer(
                "NPOのホームページ更新",
                15,
                weekly("MON", "10:00", "12:00"),
                Map.of("mode", "REMOTE", "schedule", Map.of("rules", List.of()), "strengthTags", List.of("ホームページ")));
        long nearby = world.offer("公民館の会場準備", 0.5, weekly("MON", "10:00", "12:00"), Map.of());
        world.indexed();
        Map<String, Object> person = profile(
                "home", world.home(),
                "reach", Map.of("mode", "WALK", "minutes", 10),
                "strengths", "ウェブサイトの更新ができる",
                "wants", List.of("AT_HOME"));

        List<Map<String, Object>> items = world.mine(items(world.match(person)));
        assertThat(ids(items)).containsExactly(website);
        assertThat(codes(items.getFirst())).contains("REMOTE", "STRENGTH_MATCH");
        assertThat(items.getFirst().get("distanceKm")).isNull();
        assertThat(findings(world.whyNot(person, nearby), "constraints"))
                .extracting(f -> f.get("code"))
                .containsExactly("MODE");
    }

    @Test
    void remoteRoleOfASensitivePlaceIsMeasuredFromItsDoorNotItsDistrict() {
        MatchWorld world = new MatchWorld(http);
        // The 地区's point is 57 km west of the person's home, beyond the remote region (50 km); the place inside it
        // is 46 km west, within it. The index only knows the 地区's point.
        GeoPoint district = world.east(-57);
        VenueWorld.layer(importer, AreaLayerKind.DISTRICT, new Square("W", "西地区", district, 0.2));
        long records = world.offer(
                "オンライン相談の記録係",
                -46,
                weekly("MON", "10:00", "12:00"),
                Map.of("mode", "REMOTE", "schedule", Map.of("rules", List.of())),
                Map.of("sensitivity", "AREA_ONLY"));
        world.indexedNear(district);
        Map<String, Object> person = profile(
                "home", world.home(), "reach", Map.of("mode", "WALK", "minutes", 10), "wants", List.of("AT_HOME"));

        List<Map<String, Object>> items = world.mine(items(world.match(person)));
        assertThat(ids(items)).containsExactly(records);
        assertThat(codes(items.getFirst())).contains("REMOTE");
    }

    @Test
    void S05_ageLimitsAreHardAndNamed() {
        MatchWorld world = new MatchWorld(http);
        long desk = world.offer("受付の事務", 1, weekly("WED", "10:00", "12:00"), Map.of("minAge", 55));
        world.indexed();
        Map<String, Object> older = profile("age", 58, "home", world.home());
        Map<String, Object> younger = profile("age", 54, "home", world.home());
        assertThat(ids(world.mine(items(world.match(older))))).contains(desk);
        assertThat(ids(world.mine(items(world.match(younger))))).doesNotContain(desk);
        assertThat(findings(world.whyNot(younger, desk), "constraints"))
                .extracting(f -> f.get("code") + " " + f.get("text"))
                .containsExactly("AGE 年齢条件 (55歳以上)");
    }

    @Test
    void S06_pausedPlacesAreNeverProposedButResidentsStillSeeThem() {
        MatchWorld world = new MatchWorld(http);
        long paused = world.offer(
                "休んでいるサロン",
                0.5,
                weekly("WED", "10:00", "12:00"),
                Map.of("type", "PARTICIPATION"),
                Map.of("status", "PAUSED", "statusNote", "会場改修のため"));
        long open = world.offer("開いているサロン", 0.7, weekly("WED", "10:00", "12:00"), Map.of("type", "PARTICIPATION"));
        world.indexed();
        Map<String, Object> person = profile("home", world.home());
        assertThat(ids(world.mine(items(world.match(person))))).contains(open).doesNotContain(paused);
        assertThat(findings(world.whyNot(person, paused), "constraints"))
                .extracting(f -> f.get("code") + " " + f.get("text"))
                .containsExactly("STATUS 休止中");
        Map<String, Object> resident = world.work.admin.ok(org.deban.ApiClient.anonymous(http)
                .get("/api/v1/search?includePaused=true&size=100&lat=" + world.centre.lat() + "&lon="
                        + world.centre.lon() + "&radiusKm=2"));
        assertThat(items(resident))
                .filteredOn(h -> h.get("offerId") != null && ((Number) h.get("offerId")).longValue() == paused)
                .extracting(h -> h.get("status"))
                .containsExactly("PAUSED");
    }

    @Test
    void S07_crowdedEventDaysAreNotAmongTheFittingDates() {
        MatchWorld world = new MatchWorld(http);
        LocalDate eventDay = Casework.today().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        long diner = world.offer(
                "こども食堂 火曜日",
                1,
                weekly("TUE", "17:00", "19:00"),
                Map.of(
                        "type",
                        "PARTICIPATION",
                        "typicalHeadcount",
                        15,
                        "schedule",
                        Map.of(
                                "rules", List.of(weekly("TUE", "17:00", "19:00")),
                                "events",
                                        List.of(Map.of(
                                                "date", eventDay.toString(),
                                                "start", "11:00",
                                                "end", "14:00",
                                                "title", "夏祭り",
                                                "expectedHeadcount", 80)))));
        world.indexed();
        List<Map<String, Object>> windows = List.of(
                Map.of("weekday", "TUE", "start", "16:00", "end", "20:00"),
                Map.of("weekday", "SAT", "start", "10:00", "end", "15:00"));
        Map<String, Object> calm = profile(
                "home", world.home(),
                "availability", windows,
                "constraints", List.of(Map.of("code", "NO_CROWDS", "must", true)));
        Map<String, Object> anyCrowd = profile("home", world.home(), "availability", windows);

        List<Map<String, Object>> dates = dates(world.mine(items(world.match(calm))), diner);
        assertThat(dates).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("date")).isNotEqualTo(eventDay.toString());
            assertThat(((Number) d.get("headcount")).intValue()).isLessThan(30);
        });
        assertThat(dates(world.mine(items(world.match(anyCrowd))), diner))
                .extracting(d -> d.get("date"))
                .contains(eventDay.toString());
    }

    @Test
    void S08_stepFreeOnly() {
        MatchWorld world = new MatchWorld(http);
        Map<String, Object> rule = weekly("THU", "10:00", "12:00");
        long upstairs = world.offer(
                "2階の集会室", 0.5, rule, Map.of(), Map.of("accessibility", Map.of("floor", 2, "stepFree", true)));
        long steps = world.offer(
                "段差のある古民家", 0.6, rule, Map.of(), Map.of("accessibility", Map.of("floor", 1, "stepFree", false)));
        long flat = world.offer(
                "バリアフリーの交流室",
                0.7,
                rule,
                Map.of(),
                Map.of("accessibility", Map.of("floor", 1, "stepFree", true, "accessibleToilet", true)));
        world.indexed();
        Map<String, Object> person =
                profile("home", world.home(), "constraints", List.of(Map.of("code", "WHEELCHAIR", "must", true)));
        assertThat(ids(world.mine(items(world.match(person))))).containsExactly(flat);
        assertThat(findings(world.whyNot(person, upstairs), "constraints"))
                .extracting(f -> f.get("code") + " " + f.get("text"))
                .containsExactly("ACCESSIBILITY 2階・エレベーターなし");
        assertThat(findings(world.whyNot(person, steps), "constraints"))
                .extracting(f -> f.get("code") + " " + f.get("text"))
                .containsExactly("ACCESSIBILITY 入口に段差あり");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("offerId")).longValue()).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> findings(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    static List<Object> codes(Map<String, Object> proposal) {
        return findings(proposal, "reasons").stream().map(r -> r.get("code")).toList();
    }

    static List<String> texts(Map<String, Object> proposal) {
        return findings(proposal, "reasons").stream()
                .map(r -> (String) r.get("text"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dates(List<Map<String, Object>> items, long offer) {
        return items.stream()
                .filter(i -> ((Number) i.get("offerId")).longValue() == offer)
                .findFirst()
                .map(i -> (List<Map<String, Object>>) i.get("fittingDates"))
                .orElseThrow();
    }
}
