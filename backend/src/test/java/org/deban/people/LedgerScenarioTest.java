package org.deban.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.deban.Casework;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaInput;
import org.deban.areas.AreaLayerDefinition;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.Shapes;
import org.junit.jupiter.api.Test;

/** S18: the 恩送り ledger — both sides for the person's own CSW, only counts of 3 or more for everyone else. */
@MicronautTest(transactional = false)
class LedgerScenarioTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    @SuppressWarnings("unchecked")
    void S18_helpedPeopleWhoHelpInTurnShowOnlyAsCounts() {
        String layer = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
        importer.replaceLayer(
                new AreaLayerDefinition(layer, "地区", AreaLayerKind.DISTRICT, false, null),
                List.of(
                        new AreaInput(0, "A", "北地区", null, "{}", Shapes.square(33.10, 131.10, 0.04)),
                        new AreaInput(1, "B", "南地区", null, "{}", Shapes.square(33.00, 131.10, 0.04))),
                done -> {});
        Casework work = Casework.start(http);
        long onkuri = work.organization("恩送り隊");
        long garden = work.offer(onkuri, "草刈りの手伝い", "VOLUNTEER_ROLE");

        List<String> names = new ArrayList<>();
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "恩送り" + i + "さん";
            names.add(name);
            long person = work.person(name, Map.of("home", Map.of("lat", 33.10, "lon", 131.10, "label", "北駅")));
            work.csw.ok(work.csw.post(
                    "/api/v1/persons/" + person + "/support-received",
                    Map.of("what", "庭の草刈り", "providerOrganizationId", onkuri)));
            if (i < 4) joinAsHelper(work, person, onkuri, garden);
            persons.add(person);
        }

        Map<String, Object> record = work.csw.ok(work.csw.get("/api/v1/persons/" + persons.get(0)));
        Map<String, Object> ledger = (Map<String, Object>) record.get("ledger");
        assertThat((List<Map<String, Object>>) ledger.get("received"))
                .extracting(e -> e.get("what") + " / " + e.get("providerName"))
                .containsExactly("庭の草刈り / 恩送り隊");
        assertThat((List<Map<String, Object>>) ledger.get("given"))
                .extracting(e -> e.get("offerTitle") + " / " + e.get("step"))
                .containsExactly("草刈りの手伝い / PARTICIPATING");

        for (ApiClient reader : List.of(ApiClient.anonymous(http), work.member(onkuri))) {
            var response = reader.get("/api/v1/ledger?layer=" + layer);
            Map<String, Object> north = area(reader.ok(response), "A");
            assertThat(north).containsEntry("helped", 5).containsEntry("helpersOnceHelped", 4);
            Map<String, Object> south = area(reader.ok(response), "B");
            assertThat(south.get("helped")).as("0–2 are withheld alike").isNull();
            assertThat(names).noneMatch(name -> response.body().toString().contains(name));
        }

        // Helpers who leave stop counting; below 3 the count is withheld, so nobody can tell who is left.
        List<Long> helpers = new ArrayList<>(persons.subList(0, 4));
        leave(work, helpers.get(0));
        assertThat(area(ApiClient.anonymous(http), layer, "A")).containsEntry("helpersOnceHelped", 3);
        leave(work, helpers.get(1));
        assertThat(area(ApiClient.anonymous(http), layer, "A"))
                .containsEntry("helped", 5)
                .containsEntry("helpersOnceHelped", null);
    }

    private static void leave(Casework work, long person) {
        work.csw.ok(work.csw.post(
                "/api/v1/referrals/" + firstReferral(work, person) + "/steps",
                Map.of("step", "ENDED", "reason", "転居")));
    }

    private static Map<String, Object> area(ApiClient reader, String layer, String code) {
        return area(reader.ok(reader.get("/api/v1/ledger?layer=" + layer)), code);
    }

    private static void joinAsHelper(Casework work, long person, long organization, long offer) {
        long referral = work.referral(person, offer, Casework.today());
        work.consent(person, organization, List.of("NAME"));
        work.csw.ok(work.csw.post("/api/v1/referrals/" + referral + "/steps", Map.of("step", "PARTICIPATING")));
    }

    @SuppressWarnings("unchecked")
    private static long firstReferral(Casework work, long person) {
        var items = (List<Map<String, Object>>) work.csw
                .ok(work.csw.get("/api/v1/referrals?personId=" + person))
                .get("items");
        return ((Number) items.get(0).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> page, String code) {
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().filter(a -> code.equals(a.get("code"))).findFirst().orElseThrow();
    }
}
