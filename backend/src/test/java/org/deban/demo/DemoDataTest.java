package org.deban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;

/** The demo city as a newcomer meets it: loaded on start-up, once, and listed by the API. */
@MicronautTest(transactional = false)
@Property(name = "deban.demo.enabled", value = "true")
class DemoDataTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DemoData demo;

    @Test
    @SuppressWarnings("unchecked")
    void demoPlacesAreListedAndLoadingAgainAddsNothing() {
        ApiClient api = new ApiClient(http);
        Map<String, Object> before = api.ok(api.get("/api/v1/places?size=1000"));
        List<Map<String, Object>> places = (List<Map<String, Object>>) before.get("items");

        assertThat(places).hasSizeGreaterThanOrEqualTo(60);
        assertThat(places).extracting(p -> p.get("name")).contains("国府宮ふれあいサロン", "稲沢市ボランティアセンター");
        assertThat(places)
                .anySatisfy(p -> assertThat(p).containsEntry("status", "PAUSED").containsEntry("kind", "SALON"));
        assertThat(places)
                .filteredOn(p -> "AREA_ONLY".equals(p.get("sensitivity")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).containsEntry("location", null).containsEntry("address", null));
        assertThat(((Number) api.ok(api.get("/api/v1/offers?size=1")).get("total")).intValue())
                .isGreaterThanOrEqualTo(100);

        assertThat(demo.loadOnce().loaded()).isFalse();
        assertThat(api.ok(api.get("/api/v1/places?size=1")).get("total")).isEqualTo(before.get("total"));
    }

    /** The README's demo accounts: the 子ども食堂's member edits its own place and no other organisation's. */
    @Test
    @SuppressWarnings("unchecked")
    void demoAccountsSignInWithTheirRoles() {
        demo.loadOnce();
        assertThat(ApiClient.body(ApiClient.anonymous(http)
                        .post("/api/v1/session", Map.of("login", "demo-admin", "password", "demo-admin-2026"))))
                .containsEntry("role", "ADMIN");
        assertThat(ApiClient.body(ApiClient.anonymous(http)
                        .post("/api/v1/session", Map.of("login", "demo-csw", "password", "demo-csw-2026"))))
                .containsEntry("role", "CSW");
        ApiClient member = ApiClient.signedIn(http, "demo-org", "demo-org-2026");
        List<Map<String, Object>> places = (List<Map<String, Object>>)
                member.ok(member.get("/api/v1/places?size=1000")).get("items");
        Map<String, Object> kitchen = places.stream()
                .filter(p -> "子ども食堂「こうのみやキッチン」".equals(p.get("name")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> salon = places.stream()
                .filter(p -> "国府宮ふれあいサロン".equals(p.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(member.post("/api/v1/places/" + kitchen.get("id") + "/confirm", Map.of())
                        .code())
                .isEqualTo(200);
        assertThat(member.post("/api/v1/places/" + salon.get("id") + "/confirm", Map.of())
                        .code())
                .isEqualTo(403);
    }

    /** demo-csw's caseload is invented (架空) and the kitchen sees only what the consent names. */
    @Test
    @SuppressWarnings("unchecked")
    void demoCaseloadIsFictionalAndTheHostSeesOnlyConsentedFields() {
        demo.loadOnce();
        ApiClient csw = ApiClient.signedIn(http, "demo-csw", "demo-csw-2026");
        List<Map<String, Object>> caseload = (List<Map<String, Object>>)
                csw.ok(csw.get("/api/v1/persons?mine=true")).get("items");
        assertThat(caseload)
                .hasSize(3)
                .allSatisfy(p -> assertThat((String) p.get("displayName")).contains("架空"));
        assertThat((List<Map<String, Object>>)
                        csw.ok(csw.get("/api/v1/referrals")).get("items"))
                .extracting(r -> r.get("step"))
                .containsExactlyInAnyOrder("PARTICIPATING", "SOUNDING_OUT");

        ApiClient kitchen = ApiClient.signedIn(http, "demo-org", "demo-org-2026");
        List<Map<String, Object>> referred = (List<Map<String, Object>>)
                kitchen.ok(kitchen.get("/api/v1/referrals")).get("items");
        assertThat(referred).hasSize(1);
        assertThat((Map<String, Object>) referred.get(0).get("person"))
                .containsKeys("displayName", "strengths", "availability")
                .doesNotContainKeys("age", "pastWork", "contact", "constraints");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDemoOfferHasItsScheduleInWordsAndEveryShapeIsUsed() {
        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> offers = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/offers?size=1000")).get("items");
        assertThat(offers).extracting(o -> (String) o.get("scheduleText")).anyMatch(t -> t.contains("第2・第4水曜"));
        assertThat(offers)
                .extracting(o -> o.get("type"))
                .contains("PARTICIPATION", "VOLUNTEER_ROLE", "WORK_EXPERIENCE", "VENUE");
        assertThat(offers).extracting(o -> o.get("mode")).contains("REMOTE", "ON_SITE");
        assertThat(offers)
                .anySatisfy(o -> assertThat((List<?>) o.get("nextOccurrences")).isNotEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoCityHasDistrictAndChomeLayersAndEveryPlaceLiesInThem() {
        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> districts = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas?layer=district&cityCode=23220")).get("items");
        assertThat(districts).extracting(d -> d.get("name")).containsExactlyInAnyOrder("稲沢地区", "祖父江地区", "平和地区");
        assertThat(districts).allSatisfy(d -> assertThat(d).containsEntry("approximate", true));
        long chome = ((Number) api.ok(api.get("/api/v1/areas?layer=chome&cityCode=23220&size=1"))
                        .get("total"))
                .longValue();
        assertThat(chome).as("町丁目・大字 cells").isGreaterThan(400);

        Map<String, Object> city = ((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/areas?layer=municipality&cityCode=23220"))
                                .get("items"))
                .getFirst();
        List<Map<String, Object>> places =
                (List<Map<String, Object>>) api.ok(api.get("/api/v1/places?size=1000&areaId=" + city.get("id")))
                        .get("items");
        assertThat(places).hasSizeGreaterThanOrEqualTo(60);
        assertThat(places)
                .filteredOn(p -> "EXACT".equals(p.get("sensitivity")))
                .allSatisfy(p -> assertThat((List<Map<String, Object>>) p.get("areas"))
                        .extracting(a -> a.get("layer"))
                        .contains("municipality", "district", "chome"));
        assertThat(places)
                .filteredOn(p -> "AREA_ONLY".equals(p.get("sensitivity")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat((List<Map<String, Object>>) p.get("areas"))
                        .extracting(a -> a.get("layer"))
                        .as("a sensitive place is shown by its 地区, never its 町丁目")
                        .contains("municipality", "district")
                        .doesNotContain("chome"));
        assertThat(places)
                .filteredOn(p -> "国府宮ふれあいサロン".equals(p.get("name")))
                .singleElement()
                .satisfies(p -> assertThat((List<Map<String, Object>>) p.get("areas"))
                        .extracting(a -> a.get("name"))
                        .contains("稲沢市", "稲沢地区"));
    }
}
