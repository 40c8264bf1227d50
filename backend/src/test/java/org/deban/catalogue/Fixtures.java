package org.deban.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deban.gis.GeoPoint;

/** Request bodies for catalogue tests: valid by default, each test changes what it is about. */
public final class Fixtures {
    private Fixtures() {}

    public static Map<String, Object> organization(String name) {
        return new HashMap<>(Map.of(
                "name", name, "kind", "RESIDENT_GROUP", "contact", Map.of("person", "担当：山田", "phone", "0587-00-1234")));
    }

    public static Map<String, Object> place(long organizationId, String name) {
        Map<String, Object> place = new HashMap<>();
        place.put("organizationId", organizationId);
        place.put("name", name);
        place.put("nameKana", "テスト");
        place.put("kind", "SALON");
        place.put("description", "月2回、公民館でお茶とおしゃべりを楽しむサロンです。");
        place.put("address", "稲沢市祖父江町祖父江");
        place.put("location", Map.of("lat", 35.2524, "lon", 136.7044));
        place.put("accessibility", Map.of("floor", 1, "stepFree", true, "parking", true));
        place.put("tags", List.of("FIRST_TIMERS_WELCOME", "CONVERSATION"));
        return place;
    }

    /** A place at a given point with the given sensitivity ({@code EXACT} or {@code AREA_ONLY}). */
    public static Map<String, Object> placeAt(long organizationId, String name, GeoPoint at, String sensitivity) {
        Map<String, Object> place = place(organizationId, name);
        place.put("location", Map.of("lat", at.lat(), "lon", at.lon()));
        place.put("sensitivity", sensitivity);
        return place;
    }

    public static Map<String, Object> offer(long placeId, String title) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("placeId", placeId);
        offer.put("title", title);
        offer.put("type", "VOLUNTEER_ROLE");
        offer.put("roleLevels", List.of(2));
        offer.put("strengthTags", List.of("受付"));
        offer.put("capacity", 2);
        offer.put("openSlots", 1);
        offer.put("typicalHeadcount", 15);
        offer.put(
                "schedule",
                Map.of(
                        "rules",
                        List.of(Map.of(
                                "frequency", "MONTHLY",
                                "weekdays", List.of("WED"),
                                "weeksOfMonth", List.of(2, 4),
                                "start", "10:00",
                                "end", "12:00")),
                        "closedOnHolidays",
                        true));
        return offer;
    }
}
