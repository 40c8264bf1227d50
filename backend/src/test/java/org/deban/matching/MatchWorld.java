package org.deban.matching;

import io.micronaut.http.client.HttpClient;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.ApiClient;
import org.deban.Casework;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;

/**
 * A small catalogue of its own for one matching test, around a point of its own: places at chosen distances (km east of the centre), offers with chosen schedules, and a CSW.
 */
final class MatchWorld {
    private static final java.util.concurrent.atomic.AtomicInteger WORLDS =
            new java.util.concurrent.atomic.AtomicInteger();
    final Casework work;
    final GeoPoint centre;
    final long organization;
    private final Set<Long> created = new HashSet<>();

    MatchWorld(HttpClient http) {
        this.work = Casework.start(http);
        // Each world on its own square of the sea east of Japan, more than twice the remote region (50 km) from any
        // other world and from every other test's places, so no world ever sees another's offers.
        int n = WORLDS.getAndIncrement();
        this.centre = GeoPoint.of(24 + (n % 10) * 1.1, 146 + (n / 10 % 6) * 1.3);
        this.organization = work.organization("マッチングの会");
    }

    /** A point {@code km} east of the centre. */
    GeoPoint east(double km) {
        return GeoPoint.of(centre.lat(), centre.lon() + km / (111.32 * Math.cos(Math.toRadians(centre.lat()))));
    }

    /** The home of a person: a labelled point at the centre. */
    Map<String, Object> home() {
        return Map.of("lat", centre.lat(), "lon", centre.lon(), "label", "中央駅");
    }

    /** A weekly rule: {@code weekly("THU", "17:00", "19:30")}. */
    static Map<String, Object> weekly(String day, String start, String end) {
        return Map.of("frequency", "WEEKLY", "weekdays", List.of(day), "start", start, "end", end);
    }

    /** An offer at a new place {@code km} east of the centre; {@code changes} override the offer's fields. */
    long offer(String title, double km, Map<String, Object> rule, Map<String, Object> changes) {
        return offer(title, km, rule, changes, Map.of());
    }

    long offer(
            String title, double km, Map<String, Object> rule, Map<String, Object> changes, Map<String, Object> place) {
        Map<String, Object> placeBody = Fixtures.placeAt(organization, title + "の場所", east(km), "EXACT");
        placeBody.put("tags", List.of());
        placeBody.putAll(place);
        long placeId = work.admin.id(work.admin.post("/api/v1/places", placeBody));
        Map<String, Object> offer = Fixtures.offer(placeId, title);
        offer.put("schedule", Map.of("rules", List.of(rule)));
        offer.putAll(changes);
        long id = work.admin.id(work.admin.post("/api/v1/offers", offer));
        created.add(id);
        return id;
    }

    /** Waits until the index holds every offer made (matching reads its candidates there). */
    void indexed() {
        indexedNear(centre);
    }

    /** Waits until a search around this point finds every offer made (a sensitive place is found at its 地区). */
    void indexedNear(GeoPoint at) {
        String path =
                "/api/v1/search?lat=" + at.lat() + "&lon=" + at.lon() + "&radiusKm=40&includePaused=true&size=1000";
        Eventually.until(() -> offerIds(work.admin, path), ids -> ids.containsAll(created));
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> offerIds(ApiClient api, String path) {
        Set<Long> ids = new HashSet<>();
        for (Map<String, Object> hit :
                (List<Map<String, Object>>) api.ok(api.get(path)).get("items")) {
            if (hit.get("offerId") != null) ids.add(((Number) hit.get("offerId")).longValue());
        }
        return ids;
    }

    /**
     * The proposals of offers this world made, in their order: remote offers of other tests are proposed to anyone
     * (distance does not matter for them), so a test speaks only of its own.
     */
    List<Map<String, Object>> mine(List<Map<String, Object>> items) {
        return items.stream()
                .filter(i -> created.contains(((Number) i.get("offerId")).longValue()))
                .toList();
    }

    /** Matches an unsaved profile (never stored). */
    Map<String, Object> match(Map<String, Object> profile) {
        return work.csw.ok(work.csw.post("/api/v1/matches", Map.of("profile", profile)));
    }

    Map<String, Object> whyNot(Map<String, Object> profile, long offer) {
        return work.csw.ok(work.csw.post("/api/v1/matches/why-not", Map.of("profile", profile, "offerId", offer)));
    }

    static Map<String, Object> profile(Object... keyValues) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) p.put((String) keyValues[i], keyValues[i + 1]);
        return p;
    }
}
