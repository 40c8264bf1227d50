package org.deban.matching;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;

/** Fixtures of the venue tests, made through the API: area layers, venues, and the group's request. */
final class VenueWorld {
    static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    static final List<String> EVERY_DAY = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private VenueWorld() {}

    /** A square area, {@code half} degrees from its centre to each side. */
    record Square(String code, String name, GeoPoint centre, double half) {}

    /** A layer of its own holding these areas. */
    static String layer(AreaImporter importer, AreaLayerKind kind, Square... squares) {
        String layer = "venue-" + UUID.randomUUID().toString().substring(0, 8);
        List<AreaInput> areas = new ArrayList<>();
        for (Square s : squares) {
            areas.add(new AreaInput(
                    areas.size(),
                    s.code(),
                    s.name(),
                    null,
                    "{}",
                    Shapes.square(s.centre().lat(), s.centre().lon(), s.half())));
        }
        importer.replaceLayer(new AreaLayerDefinition(layer, "地区", kind, false, null), areas, done -> {});
        return layer;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> area(ApiClient api, String layer, String code) {
        return ((List<Map<String, Object>>)
                        api.ok(api.get("/api/v1/areas?layer=" + layer)).get("items"))
                .stream().filter(a -> code.equals(a.get("code"))).findFirst().orElseThrow();
    }

    /** A 会場提供 offer at a new place of kind 空き家・会場; {@code sensitivity} {@code EXACT} or {@code AREA_ONLY}. */
    static long venue(
            Casework work,
            long organization,
            String name,
            GeoPoint at,
            String sensitivity,
            Map<String, Object> venue,
            Map<String, Object> rule) {
        Map<String, Object> place = Fixtures.placeAt(organization, name, at, sensitivity);
        place.put("kind", "VENUE");
        long placeId = work.admin.id(work.admin.post("/api/v1/places", place));
        Map<String, Object> offer = Fixtures.offer(placeId, name + "の貸し出し");
        offer.put("type", "VENUE");
        offer.put("roleLevels", List.of());
        offer.put("strengthTags", List.of());
        offer.remove("capacity");
        offer.remove("openSlots");
        offer.put("venue", venue);
        offer.put("schedule", Map.of("rules", List.of(rule)));
        return work.admin.id(work.admin.post("/api/v1/offers", offer));
    }

    static Map<String, Object> room(int capacity, boolean kitchen, int feeYen) {
        return Map.of("capacity", capacity, "kitchen", kitchen, "feeYen", feeYen, "equipment", "机・椅子");
    }

    static Map<String, Object> weekly(List<String> days, String start, String end) {
        return Map.of("frequency", "WEEKLY", "weekdays", days, "start", start, "end", end);
    }

    /** The group of S19 — about 15 people, a kitchen, Wednesday afternoons — with these fields besides. */
    static Map<String, Object> request(Map<String, Object> where) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "多世代食堂の会場探し");
        body.put("description", "子どもから高齢者まで、みんなで食べる場をつくりたい");
        body.put("groupSize", 15);
        body.put("kitchenNeeded", true);
        body.put("windows", List.of(Map.of("weekday", "WED", "start", "13:00", "end", "17:00")));
        body.putAll(where);
        return body;
    }

    static Map<String, Object> point(GeoPoint p, double radiusKm) {
        return Map.of("point", Map.of("lat", p.lat(), "lon", p.lon()), "radiusKm", radiusKm);
    }

    /** A point {@code deg} degrees east of {@code p}: 0.002° is about 180 m at these latitudes. */
    static GeoPoint east(GeoPoint p, double deg) {
        return GeoPoint.of(p.lat(), p.lon() + deg);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    /** The ids of a page's items: offers of a match, or venue requests. */
    static List<Long> ids(Map<String, Object> page) {
        return list(page, "items").stream()
                .map(i -> id(i, i.containsKey("offerId") ? "offerId" : "id"))
                .toList();
    }

    /** "CODE text" of each finding, for assertions that read like the answer. */
    static List<String> findings(Map<String, Object> item, String key) {
        return list(item, key).stream()
                .map(f -> f.get("code") + " " + f.get("text"))
                .toList();
    }

    static long id(Map<String, Object> item, String key) {
        return ((Number) item.get(key)).longValue();
    }
}
