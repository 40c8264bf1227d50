package org.deban.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.matching.VenueWorld.EVERY_DAY;
import static org.deban.matching.VenueWorld.WEEKDAYS;
import static org.deban.matching.VenueWorld.east;
import static org.deban.matching.VenueWorld.findings;
import static org.deban.matching.VenueWorld.id;
import static org.deban.matching.VenueWorld.ids;
import static org.deban.matching.VenueWorld.list;
import static org.deban.matching.VenueWorld.point;
import static org.deban.matching.VenueWorld.request;
import static org.deban.matching.VenueWorld.room;
import static org.deban.matching.VenueWorld.venue;
import static org.deban.matching.VenueWorld.weekly;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.deban.ApiClient;
import org.deban.Casework;
import org.deban.areas.AreaImporter;
import org.deban.areas.AreaLayerKind;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.deban.matching.VenueWorld.Square;
import org.junit.jupiter.api.Test;

/**
 * S19: a group starting a 多世代食堂 looks for a venue in its 地区 and is proposed a private owner's empty house with a
 * kitchen, with reasons; venues without a kitchen, too small, too dear, busy at the group's hours or in another 地区
 * are not. Who reads a request: CSWs and administrators every one, an organisation member only their own
 * organisation's. A sensitive venue stands at its 地区 for organisation members other than its own.
 */
@MicronautTest(transactional = false)
class VenueScenarioTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AreaImporter importer;

    @Test
    void S19_venueRequestFindsTheHouseWithAKitchen() {
        // Two 地区 side by side, somewhere no other test puts places.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        GeoPoint north = GeoPoint.of(36.5 + random.nextDouble(0.8), 138.2 + random.nextDouble(0.6));
        GeoPoint south = GeoPoint.of(north.lat() - 0.08, north.lon());
        String layer = VenueWorld.layer(
                importer,
                AreaLayerKind.DISTRICT,
                new Square("N", "北地区", north, 0.04),
                new Square("S", "南地区", south, 0.04));
        Casework work = Casework.start(http);
        long northArea = id(VenueWorld.area(work.admin, layer, "N"), "id");

        Map<String, Object> owner = Fixtures.organization("空き家の持ち主");
        owner.put("kind", "INDIVIDUAL");
        long individual = work.admin.id(work.admin.post("/api/v1/organizations", owner));
        Map<String, Object> afternoons = weekly(WEEKDAYS, "13:00", "17:00");
        long house = venue(work, individual, "空き家（旧田中邸）", east(north, 0.002), "EXACT", room(20, true, 500), afternoons);
        long hall = work.organization("北地区自治会");
        long noKitchen = venue(work, hall, "北集会所", east(north, 0.004), "EXACT", room(30, false, 0), afternoons);
        long allDay = venue(
                work,
                hall,
                "北公民館 大広間",
                east(north, 0.006),
                "EXACT",
                room(60, true, 800),
                weekly(EVERY_DAY, "09:00", "21:00"));
        long small = venue(work, hall, "北公民館 和室", east(north, 0.008), "EXACT", room(10, true, 0), afternoons);
        long mornings = venue(
                work,
                hall,
                "朝だけの調理室",
                east(north, 0.010),
                "EXACT",
                room(20, true, 0),
                weekly(List.of("WED"), "09:00", "12:00"));
        long dear = venue(work, hall, "料理スタジオ", east(north, 0.012), "EXACT", room(20, true, 3000), afternoons);
        long elsewhere = venue(work, hall, "南の空き家", east(south, 0.002), "EXACT", room(20, true, 500), afternoons);

        // A CSW registers the group's request: about 15 people, a kitchen, Wednesday afternoons, in 北地区.
        HttpResponse<Map<String, Object>> created =
                work.csw.post("/api/v1/venue-requests", request(Map.of("areaId", northArea, "budgetYen", 1000)));
        assertThat(created.code()).isEqualTo(201);
        long request = work.csw.id(created);
        assertThat(created.header("Location")).isEqualTo("/api/v1/venue-requests/" + request);
        assertThat(work.csw.ok(work.csw.get("/api/v1/venue-requests/" + request)))
                .containsEntry("groupSize", 15)
                .containsEntry("kitchenNeeded", true)
                .containsEntry("budgetYen", 1000);

        Map<String, Object> result = work.csw.ok(work.csw.get("/api/v1/venue-requests/" + request + "/matches"));
        assertThat(ids(result)).containsExactly(house, allDay);
        assertThat(result.get("total")).isEqualTo(2);
        Map<String, Object> first = list(result, "items").getFirst();
        assertThat(findings(first, "reasons"))
                .contains(
                        "CAPACITY_FIT 20人まで使える",
                        "KITCHEN 台所あり",
                        "AVAILABILITY_FIT 水曜 13:00–17:00 に使える",
                        "FEE 1回500円",
                        "IN_AREA 同じ地区（北地区）");
        @SuppressWarnings("unchecked")
        Map<String, Object> lent = (Map<String, Object>) first.get("venue");
        assertThat(lent)
                .containsEntry("capacity", 20)
                .containsEntry("kitchen", true)
                .containsEntry("feeYen", 500);
        assertThat(list(first, "dates"))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(
                        d -> assertThat(LocalDate.parse((String) d.get("date")).getDayOfWeek())
                                .isEqualTo(DayOfWeek.WEDNESDAY));
        assertThat(first.get("distanceKm"))
                .as("an area request has no point to measure from")
                .isNull();

        // Every other venue of 北地区 says what keeps it out; the one in 南地区 is not looked at.
        Map<Long, List<String>> excluded = new HashMap<>();
        list(result, "excluded").forEach(w -> excluded.put(id(w, "offerId"), findings(w, "constraints")));
        assertThat(excluded).containsOnlyKeys(noKitchen, small, mornings, dear);
        assertThat(excluded.get(noKitchen)).containsExactly("KITCHEN 台所がない");
        assertThat(excluded.get(small)).containsExactly("CAPACITY 定員が足りない (10人まで、15人で利用)");
        assertThat(excluded.get(mornings)).containsExactly("AVAILABILITY 使える時間帯が合わない (水 09:00–12:00)");
        assertThat(excluded.get(dear)).containsExactly("FEE 利用料が予算を超える (1回3,000円、予算1,000円)");

        // The group's organisation registers its own request; another organisation's member may not read it.
        long diner = work.organization("多世代食堂をつくる会");
        ApiClient dinerMember = work.member(diner);
        long own = dinerMember.id(dinerMember.post("/api/v1/venue-requests", request(Map.of("areaId", northArea))));
        Map<String, Object> ownRequest = dinerMember.ok(dinerMember.get("/api/v1/venue-requests/" + own));
        assertThat(id(ownRequest, "organizationId")).isEqualTo(diner);
        assertThat(ownRequest).containsEntry("organizationName", "多世代食堂をつくる会");
        assertThat(ids(dinerMember.ok(dinerMember.get("/api/v1/venue-requests?size=1000"))))
                .containsExactly(own);
        assertThat(ids(dinerMember.ok(dinerMember.get("/api/v1/venue-requests/" + own + "/matches"))))
                .as("without a budget the dear studio fits too, after the house")
                .containsExactly(house, dear, allDay);
        ApiClient stranger = work.member(individual);
        assertThat(stranger.get("/api/v1/venue-requests/" + own).code()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/venue-requests/" + own + "/matches").code())
                .isEqualTo(403);
        assertThat(stranger.get("/api/v1/venue-requests/" + request).code()).isEqualTo(403);
        assertThat(ids(stranger.ok(stranger.get("/api/v1/venue-requests?size=1000"))))
                .isEmpty();
        Map<String, Object> forOthers = request(Map.of("areaId", northArea, "organizationId", diner));
        assertThat(stranger.post("/api/v1/venue-requests", forOthers).code()).isEqualTo(403);
        assertThat(ids(work.csw.ok(work.csw.get("/api/v1/venue-requests?size=1000"))))
                .contains(request, own);
        assertThat(ApiClient.anonymous(http)
                        .get("/api/v1/venue-requests/" + own)
                        .code())
                .isEqualTo(401);

        // By a point and a radius instead: the house 200 m away is near; 南地区's house, about 9 km off, is not.
        long byPoint = work.csw.id(work.csw.post("/api/v1/venue-requests", request(point(north, 2))));
        Map<String, Object> near = work.csw.ok(work.csw.get("/api/v1/venue-requests/" + byPoint + "/matches"));
        assertThat(ids(near))
                .containsExactlyInAnyOrder(house, dear, allDay)
                .first()
                .isEqualTo(house);
        assertThat(ids(near)).doesNotContain(elsewhere);
        assertThat(list(near, "items").getFirst().get("distanceKm")).isEqualTo(0.2);
        assertThat(findings(list(near, "items").getFirst(), "reasons")).contains("NEARBY 約0.2 km");
    }

    @Test
    void sensitiveVenueStandsAtItsDistrictForOtherOrganisations() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        GeoPoint centre = GeoPoint.of(38.0 + random.nextDouble(0.6), 139.6 + random.nextDouble(0.3));
        GeoPoint secret = east(centre, 0.02); // about 1.7 km east of the 地区's point
        String districts = VenueWorld.layer(importer, AreaLayerKind.DISTRICT, new Square("E", "東地区", centre, 0.04));
        String chome = VenueWorld.layer(importer, AreaLayerKind.CHOME, new Square("E1", "東一丁目", secret, 0.004));
        Casework work = Casework.start(http);
        Map<String, Object> district = VenueWorld.area(work.admin, districts, "E");
        @SuppressWarnings("unchecked")
        Map<String, Object> label = (Map<String, Object>) district.get("representativePoint");
        GeoPoint districtPoint = GeoPoint.of((Double) label.get("lat"), (Double) label.get("lon"));
        long host = work.organization("ひきこもり支援の会");
        long space = venue(
                work, host, "フリースペース", secret, "AREA_ONLY", room(20, true, 0), weekly(WEEKDAYS, "13:00", "17:00"));
        ApiClient member = work.member(work.organization("多世代食堂をつくる会"));
        ApiClient hostMember = work.member(host);

        // Looking right at its door, another organisation does not find it; a CSW does, with the distance.
        long atDoor = member.id(member.post("/api/v1/venue-requests", request(point(secret, 1))));
        Map<String, Object> seen = member.ok(member.get("/api/v1/venue-requests/" + atDoor + "/matches"));
        assertThat(ids(seen)).doesNotContain(space);
        assertThat(list(seen, "excluded")).extracting(w -> id(w, "offerId")).doesNotContain(space);
        Map<String, Object> byCsw = work.csw.ok(work.csw.get("/api/v1/venue-requests/" + atDoor + "/matches"));
        assertThat(ids(byCsw)).containsExactly(space);
        assertThat(list(byCsw, "items").getFirst().get("distanceKm")).isEqualTo(0.0);
        long hostsOwn = hostMember.id(hostMember.post("/api/v1/venue-requests", request(point(secret, 1))));
        assertThat(ids(hostMember.ok(hostMember.get("/api/v1/venue-requests/" + hostsOwn + "/matches"))))
                .as("its own organisation sees where it is")
                .containsExactly(space);

        // Around the 地区's point, the other organisation finds it with no distance; a CSW knows it is too far.
        long atDistrict = member.id(member.post("/api/v1/venue-requests", request(point(districtPoint, 1))));
        Map<String, Object> found = member.ok(member.get("/api/v1/venue-requests/" + atDistrict + "/matches"));
        assertThat(ids(found)).containsExactly(space);
        assertThat(list(found, "items").getFirst().get("distanceKm")).isNull();
        assertThat(findings(list(found, "items").getFirst(), "reasons")).noneMatch(r -> r.startsWith("NEARBY"));
        assertThat(ids(work.csw.ok(work.csw.get("/api/v1/venue-requests/" + atDistrict + "/matches"))))
                .doesNotContain(space);

        // By area: its 地区 tells the other organisation nothing new; its 丁目 would, so it is not found there.
        long inDistrict =
                member.id(member.post("/api/v1/venue-requests", request(Map.of("areaId", id(district, "id")))));
        assertThat(ids(member.ok(member.get("/api/v1/venue-requests/" + inDistrict + "/matches"))))
                .containsExactly(space);
        long chomeArea = id(VenueWorld.area(work.admin, chome, "E1"), "id");
        long inChome = member.id(member.post("/api/v1/venue-requests", request(Map.of("areaId", chomeArea))));
        assertThat(ids(member.ok(member.get("/api/v1/venue-requests/" + inChome + "/matches"))))
                .isEmpty();
        assertThat(ids(work.csw.ok(work.csw.get("/api/v1/venue-requests/" + inChome + "/matches"))))
                .containsExactly(space);
    }

    @Test
    void venueRequestValidationNamesEachField() {
        Casework work = Casework.start(http);
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("groupSize", 0);
        body.put("windows", List.of(Map.of("weekday", "WED", "start", "17:00", "end", "13:00")));
        body.put("areaId", 1);
        body.put("point", Map.of("lat", 35.0, "lon", 136.0));
        body.put("radiusKm", 2);
        body.put("budgetYen", -1);
        HttpResponse<Map<String, Object>> response = work.csw.post("/api/v1/venue-requests", body);
        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/problem+json");
        assertThat(errors(response))
                .containsExactlyInAnyOrder(
                        "title REQUIRED",
                        "groupSize OUT_OF_RANGE",
                        "budgetYen OUT_OF_RANGE",
                        "windows[0].end OUT_OF_RANGE",
                        "areaId INVALID_VALUE");

        body.remove("areaId");
        body.put("title", "会場探し");
        body.put("groupSize", 15);
        body.put("budgetYen", 1000);
        body.put("windows", List.of());
        body.put("point", Map.of("lat", 136.0, "lon", 35.0));
        body.put("radiusKm", 80);
        assertThat(errors(work.csw.post("/api/v1/venue-requests", body)))
                .containsExactlyInAnyOrder("windows REQUIRED", "point OUT_OF_RANGE", "radiusKm OUT_OF_RANGE");
    }

    private static List<String> errors(HttpResponse<Map<String, Object>> response) {
        return list(ApiClient.body(response), "errors").stream()
                .map(e -> e.get("field") + " " + e.get("code"))
                .toList();
    }
}
