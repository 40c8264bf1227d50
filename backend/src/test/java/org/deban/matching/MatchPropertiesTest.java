package org.deban.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.matching.MatchScenarioTest.findings;
import static org.deban.matching.MatchScenarioTest.items;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.deban.ApiClient;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Random catalogues and profiles. Each proposal is checked against the offer as the public API describes it, by
 * rules written here independently of the matcher: no proposal ever breaks a hard constraint, every offer left out
 * is left out for a named constraint (so the index's prefilter loses nothing), and every proposal's reasons agree
 * with its score parts.
 */
@MicronautTest(transactional = false)
class MatchPropertiesTest {
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final List<String> ATMOSPHERE =
            List.of("NO_TALKING_NEEDED", "HANDS_ON", "CONVERSATION", "FIRST_TIMERS_WELCOME", "SMALL_GROUP", "VISIT_OK");
    private static final List<String> STRENGTHS = List.of("調理", "受付", "パソコン", "園芸", "清掃", "イラスト");

    /** Each reason code stands for one score part. */
    private static final Map<String, String> PART_OF = Map.of(
            "AVAILABILITY_FIT", "availability",
            "STRENGTH_MATCH", "strength",
            "NEARBY", "distance",
            "REMOTE", "distance",
            "TAG_MATCH", "atmosphere",
            "ROLE_LEVEL", "roleLevel",
            "TRIAL_POSSIBLE", "trial",
            "WANT_FIT", "want");

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void noProposalBreaksAHardConstraintAndEveryExclusionIsNamed() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        MatchWorld world = new MatchWorld(http);
        List<Long> offers = new ArrayList<>();
        for (int i = 0; i < 24; i++) offers.add(randomOffer(world, random, i));
        world.indexed();
        ApiClient api = world.work.admin;
        Map<Long, Map<String, Object>> offerById = new HashMap<>();
        Map<Long, Map<String, Object>> placeById = new HashMap<>();
        Map<Long, List<Map<String, Object>>> sessions = new HashMap<>();
        for (long id : offers) {
            Map<String, Object> offer = api.ok(api.get("/api/v1/offers/" + id));
            offerById.put(id, offer);
            placeById.put(id, api.ok(api.get("/api/v1/places/" + offer.get("placeId"))));
            sessions.put(id, items(api.ok(api.get("/api/v1/offers/" + id + "/occurrences?size=1000"))));
        }
        int checkedProposals = 0;
        int checkedExclusions = 0;
        for (int n = 0; n < 12; n++) {
            Map<String, Object> profile = randomProfile(world, random);
            String context = "seed " + seed + ", profile " + profile;
            List<Map<String, Object>> proposals = items(world.match(profile));
            Set<Long> proposed = new java.util.HashSet<>();
            for (Map<String, Object> p : proposals) {
                long id = ((Number) p.get("offerId")).longValue();
                proposed.add(id);
                if (!offers.contains(id)) continue;
                assertThat(violations(profile, offerById.get(id), placeById.get(id), sessions.get(id), p, world))
                        .as(context + " offer " + id)
                        .isEmpty();
                assertReasonsAgreeWithParts(p, context);
                checkedProposals++;
            }
            for (long id : offers) {
                if (proposed.contains(id)) continue;
                Map<String, Object> whyNot = world.whyNot(profile, id);
                assertThat(whyNot.get("fits"))
                        .as(context + " offer " + id + " fits but was not proposed")
                        .isEqualTo(false);
                assertThat(findings(whyNot, "constraints")).as(context).isNotEmpty();
                checkedExclusions++;
            }
        }
        assertThat(checkedProposals).as("seed " + seed + ": proposals checked").isPositive();
        assertThat(checkedExclusions)
                .as("seed " + seed + ": exclusions checked")
                .isPositive();
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(
            Map<String, Object> profile,
            Map<String, Object> offer,
            Map<String, Object> place,
            List<Map<String, Object>> occurrences,
            Map<String, Object> proposal,
            MatchWorld world) {
        List<String> broken = new ArrayList<>();
        if (!"ACTIVE".equals(place.get("status"))) broken.add("STATUS " + place.get("status"));
        Integer age = (Integer) profile.get("age");
        Integer min = (Integer) offer.get("minAge");
        Integer max = (Integer) offer.get("maxAge");
        if (age != null && ((min != null && age < min) || (max != null && age > max))) broken.add("AGE");
        if (Integer.valueOf(0).equals(offer.get("openSlots"))) broken.add("CAPACITY");
        boolean remote = "REMOTE".equals(offer.get("mode"));
        List<Map<String, Object>> constraints =
                (List<Map<String, Object>>) profile.getOrDefault("constraints", List.of());
        boolean wheelchair = constraints.stream().anyMatch(c -> "WHEELCHAIR".equals(c.get("code")));
        boolean noCrowds = constraints.stream()
                .anyMatch(c -> "NO_CROWDS".equals(c.get("code")) && Boolean.TRUE.equals(c.get("must")));
        Map<String, Object> access = (Map<String, Object>) place.get("accessibility");
        if (!remote && wheelchair) {
            boolean groundOrLift =
                    Integer.valueOf(1).equals(access.get("floor")) || Boolean.TRUE.equals(access.get("elevator"));
            if (!Boolean.TRUE.equals(access.get("stepFree")) || !groundOrLift) broken.add("ACCESSIBILITY");
        }
        Map<String, Object> reach = (Map<String, Object>) profile.get("reach");
        if (!remote && reach != null && reach.get("km") != null) {
            Map<String, Object> at = (Map<String, Object>) place.get("location");
            double km = world.centre.distanceKm(GeoPoint.of((Double) at.get("lat"), (Double) at.get("lon")));
            if (km > ((Number) reach.get("km")).doubleValue()) broken.add("REACH " + km);
        }
        List<String> wants = (List<String>) profile.getOrDefault("wants", List.of());
        if (!remote && !wants.isEmpty() && wants.stream().allMatch("AT_HOME"::equals)) broken.add("MODE");
        List<Map<String, Object>> windows = (List<Map<String, Object>>) profile.getOrDefault("availability", List.of());
        List<Map<String, Object>> dates = (List<Map<String, Object>>) proposal.get("fittingDates");
        if (!(remote && occurrences.isEmpty()) && dates.isEmpty()) broken.add("AVAILABILITY none fits");
        for (Map<String, Object> d : dates) {
            Map<String, Object> real = occurrences.stream()
                    .filter(o -> o.get("date").equals(d.get("date"))
                            && o.get("start").equals(d.get("start")))
                    .findFirst()
                    .orElse(null);
            if (real == null || Boolean.TRUE.equals(real.get("cancelled"))) broken.add("not a session " + d);
            else if (noCrowds && Boolean.TRUE.equals(real.get("crowded"))) broken.add("CROWD " + d);
            if (!windows.isEmpty() && windows.stream().noneMatch(w -> inside(w, d))) broken.add("AVAILABILITY " + d);
        }
        return broken;
    }

    private static boolean inside(Map<String, Object> window, Map<String, Object> date) {
        String day =
                LocalDate.parse((String) date.get("date")).getDayOfWeek().name().substring(0, 3);
        return day.equals(window.get("weekday"))
                && !LocalTime.parse((String) date.get("start")).isBefore(LocalTime.parse((String) window.get("start")))
                && !LocalTime.parse((String) date.get("end")).isAfter(LocalTime.parse((String) window.get("end")));
    }

    @SuppressWarnings("unchecked")
    private static void assertReasonsAgreeWithParts(Map<String, Object> proposal, String context) {
        Map<String, Number> parts = (Map<String, Number>) proposal.get("components");
        List<Map<String, Object>> reasons = findings(proposal, "reasons");
        for (var part : parts.entrySet()) {
            if (part.getKey().equals("atmospherePenalty")) continue;
            boolean explained = reasons.stream().anyMatch(r -> part.getKey().equals(PART_OF.get(r.get("code"))));
            assertThat(part.getValue().doubleValue() > 0)
                    .as(context + ": part " + part.getKey() + " and its reason")
                    .isEqualTo(explained);
        }
        double sum = 0;
        for (var part : parts.entrySet())
            sum += Scoring.WEIGHTS.get(part.getKey()) * part.getValue().doubleValue();
        assertThat(((Number) proposal.get("score")).doubleValue())
                .as(context)
                .isCloseTo(sum, org.assertj.core.data.Offset.offset(0.002));
        assertThat(reasons).allSatisfy(r -> assertThat((String) r.get("text")).isNotBlank());
    }

    private static long randomOffer(MatchWorld world, Random random, int i) {
        String day = DAYS.get(random.nextInt(7));
        int start = 8 + random.nextInt(12);
        String from = String.format("%02d:00", start);
        String to = String.format("%02d:%02d", start + 1 + random.nextInt(2), random.nextBoolean() ? 0 : 30);
        Map<String, Object> changes = new HashMap<>();
        changes.put(
                "type",
                List.of("PARTICIPATION", "VOLUNTEER_ROLE", "WORK_EXPERIENCE").get(random.nextInt(3)));
        boolean remote = random.nextInt(7) == 0;
        if (remote) changes.put("mode", "REMOTE");
        if (remote && random.nextBoolean()) changes.put("schedule", Map.of("rules", List.of()));
        if (random.nextInt(4) == 0) changes.put("minAge", 55);
        else if (random.nextInt(4) == 0) changes.put("maxAge", 39);
        changes.put("capacity", 3);
        changes.put("openSlots", random.nextInt(5) == 0 ? 0 : 2);
        changes.put("typicalHeadcount", random.nextInt(3) == 0 ? 40 : 10);
        changes.put("trialPossible", random.nextBoolean());
        changes.put("roleLevels", List.of(1 + random.nextInt(3)));
        changes.put("strengthTags", List.of(STRENGTHS.get(random.nextInt(STRENGTHS.size()))));
        changes.put("tags", pick(random, ATMOSPHERE, 2));
        Map<String, Object> place = new HashMap<>();
        place.put(
                "accessibility",
                Map.of(
                        "floor",
                        1 + random.nextInt(2),
                        "elevator",
                        random.nextBoolean(),
                        "stepFree",
                        random.nextBoolean()));
        if (random.nextInt(8) == 0) place.put("status", "PAUSED");
        return world.offer("ランダム" + i, random.nextDouble() * 6, MatchWorld.weekly(day, from, to), changes, place);
    }

    private static Map<String, Object> randomProfile(MatchWorld world, Random random) {
        Map<String, Object> p = new HashMap<>();
        p.put("home", world.home());
        if (random.nextInt(4) != 0) p.put("age", 18 + random.nextInt(65));
        List<Map<String, Object>> windows = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int start = 7 + random.nextInt(12);
            windows.add(Map.of(
                    "weekday", DAYS.get(random.nextInt(7)),
                    "start", String.format("%02d:00", start),
                    "end", String.format("%02d:00", Math.min(23, start + 2 + random.nextInt(5)))));
        }
        p.put("availability", windows);
        if (random.nextInt(3) != 0) p.put("reach", Map.of("mode", "WALK", "km", 1.0 + random.nextInt(5)));
        List<Map<String, Object>> constraints = new ArrayList<>();
        for (String c : pick(random, List.of("NO_CROWDS", "PREFERS_NOT_TO_TALK", "WHEELCHAIR"), 2)) {
            constraints.add(Map.of("code", c, "must", random.nextBoolean()));
        }
        p.put("constraints", constraints);
        p.put("wants", pick(random, List.of("PLACE_TO_BE", "ROLE", "WORK_EXPERIENCE", "AT_HOME"), 2));
        p.put("strengths", String.join("、", pick(random, STRENGTHS, 2)));
        p.put("pastWork", STRENGTHS.get(random.nextInt(STRENGTHS.size())) + "の仕事");
        return p;
    }

    private static List<String> pick(Random random, List<String> from, int most) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, random.nextInt(most + 1)));
    }
}
