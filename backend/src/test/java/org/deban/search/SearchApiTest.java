package org.deban.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deban.ApiClient;
import org.deban.Eventually;
import org.deban.catalogue.Fixtures;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search as people use it (S11, S12), against the real stack: places and offers written through
 * the API, indexed from the outbox, found by words, place and time. The fixtures lie in open sea
 * south of Shikoku and every query is limited to them, so other tests' data cannot interfere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {
    static final GeoPoint HERE = GeoPoint.of(32.3, 134.0);
    static final String NEAR = "&lat=32.3&lon=134.0&radiusKm=20";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;
    final Map<String, Long> places = new HashMap<>();
    final Map<String, Long> offers = new HashMap<>();
    /** The one offer of the fixtures that costs something (300 yen). */
    long paidOffer;

    @BeforeAll
    void catalogue() {
        api = new ApiClient(http);
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("検索テストの会")));
        place(organization, "子ども食堂ひまわり", "COMMUNITY_DINER", 0.01);
        place(organization, "こども食堂 みんなの家", "COMMUNITY_DINER", 0.02);
        place(organization, "子供食堂さくら", "COMMUNITY_DINER", 0.03);
        place(organization, "地域の茶の間 ゆるり", "GATHERING_PLACE", 0.04);
        place(organization, "稲沢ふれあいサロン", "SALON", 0.05);
        long center = place(organization, "まちの活動センター", "COMMUNITY_HALL", 0.06);
        offer(
                center,
                "チラシのイラスト作成",
                "広報チラシや掲示物のイラストを描いていただける方を募集します。",
                Map.of("frequency", "WEEKLY", "weekdays", List.of("THU"), "start", "18:00", "end", "20:00"));
        offer(
                center,
                "ホームページ更新",
                "団体のお知らせをホームページに載せる作業です。PCで文章を入力できる方。",
                Map.of("frequency", "WEEKLY", "weekdays", List.of("SAT"), "start", "10:00", "end", "12:00"));
        offer(
                center,
                "受付ボランティア",
                "来館者の受付と案内をします。",
                Map.of("frequency", "WEEKLY", "weekdays", List.of("THU"), "start", "13:00", "end", "16:00"));
        paidOffer = offer(
                places.get("稲沢ふれあいサロン"),
                "体操教室",
                "椅子に座ってできる体操です。",
                Map.of("frequency", "WEEKLY", "weekdays", List.of("TUE"), "start", "10:00", "end", "11:00"),
                300);
        // The last write: once it is found, the index holds every fixture.
        Eventually.until(() -> ids("/api/v1/search?q=" + enc("体操教室") + NEAR), found -> !found.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"こども食堂", "子供食堂", "子ども食堂", "ｺﾄﾞﾓｼｮｸﾄﾞｳ"})
    void everyWayOfWritingKodomoShokudoFindsTheSameThreePlaces(String query) {
        Set<Long> expected = Set.of(places.get("子ども食堂ひまわり"), places.get("こども食堂 みんなの家"), places.get("子供食堂さくら"));
        assertThat(placeIds("/api/v1/search?q=" + enc(query) + NEAR + "&kind=COMMUNITY_DINER"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(placeIds("/api/v1/search?q=" + enc(query) + NEAR)).containsAll(expected);
    }

    @Test
    void kanaFindsKatakanaAndKanji() {
        assertThat(placeIds("/api/v1/search?q=" + enc("さろん") + NEAR)).contains(places.get("稲沢ふれあいサロン"));
        assertThat(placeIds("/api/v1/search?q=" + enc("いなざわ") + NEAR)).contains(places.get("稲沢ふれあいサロン"));
    }

    @Test
    void strengthWordsFindRolesAndUnknownWordsDoNotEmptyTheResult() {
        List<Map<String, Object>> drawing = items("/api/v1/search?q=" + enc("絵が得意") + NEAR);
        assertThat(drawing).isNotEmpty();
        assertThat(drawing.getFirst()).containsEntry("title", "チラシのイラスト作成");
        assertThat(offerIds("/api/v1/search?q=" + enc("パソコン") + NEAR)).contains(offers.get("ホームページ更新"));
        assertThat(offerIds("/api/v1/search?q=" + enc("イラスト 得意 ぴよぴよ") + NEAR)).contains(offers.get("チラシのイラスト作成"));
    }

    /** Tag synonyms and kind words find places whose own text never uses them (matched at query time). */
    @Test
    void tagSynonymsAndKindWordsFindPlaces() {
        long organization = api.id(api.post("/api/v1/organizations", Fixtures.organization("語彙テストの会")));
        Map<String, Object> request = Fixtures.placeAt(organization, "木曜の茶話会", GeoPoint.of(31.6, 135.6), "EXACT");
        request.put("kind", "GATHERING_PLACE");
        request.put("description", "お茶を飲みながら過ごします。");
        request.put("tags", List.of("FIRST_TIMERS_WELCOME"));
        long tagged = api.id(api.post("/api/v1/places", request));
        String near = "&lat=31.6&lon=135.6&radiusKm=2";
        Eventually.until(() -> placeIds("/api/v1/search?q=" + enc("茶話会") + near), found -> !found.isEmpty());

        assertThat(placeIds("/api/v1/search?q=" + enc("初心者歓迎") + near)).containsExactly(tagged);
        assertThat(placeIds("/api/v1/search?q=" + enc("はじめてかんげい") + near)).containsExactly(tagged);
        assertThat(placeIds("/api/v1/search?q=" + enc("集いの場") + near)).containsExactly(tagged);
        assertThat(placeIds("/api/v1/search?q=" + enc("子ども食堂") + near)).isEmpty();
    }

    @Test
    void aTimeWindowIsAQuery() {
        assertThat(offerIds("/api/v1/search?weekday=THU&from=17:00" + NEAR)).containsExactly(offers.get("チラシのイラスト作成"));
        assertThat(offerIds("/api/v1/search?weekday=SAT&timeOfDay=MORNING" + NEAR))
                .containsExactly(offers.get("ホームページ更新"));
        assertThat(offerIds("/api/v1/search?weekday=THU" + NEAR))
                .containsExactlyInAnyOrder(offers.get("チラシのイラスト作成"), offers.get("受付ボランティア"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void facetsCountEveryMatchAndHitsShowTheirNextDatesAndDistance() {
        Map<String, Object> body = api.ok(api.get("/api/v1/search?size=2" + NEAR + "&sort=DISTANCE"));
        assertThat(((Number) body.get("total")).longValue()).isEqualTo(10);
        assertThat((List<?>) body.get("items")).hasSize(2);
        Map<String, List<Map<String, Object>>> facets = (Map<String, List<Map<String, Object>>>) body.get("facets");
        assertThat(facets.get("kind"))
                .anySatisfy(f ->
                        assertThat(f).containsEntry("value", "COMMUNITY_DINER").containsEntry("count", 3));
        assertThat(facets.get("weekday")).extracting(f -> f.get("value")).contains("THU", "SAT");

        List<Map<String, Object>> nearest = (List<Map<String, Object>>) body.get("items");
        assertThat(((Number) nearest.getFirst().get("distanceKm")).doubleValue())
                .isLessThanOrEqualTo(((Number) nearest.get(1).get("distanceKm")).doubleValue());
        Map<String, Object> role =
                items("/api/v1/search?q=" + enc("イラスト") + NEAR).getFirst();
        assertThat((List<String>) role.get("nextDates"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d).contains("18:00-20:00"));
        assertThat((String) role.get("snippet")).contains("【");
    }

    /** 無料: offers costing nothing; places (which have no cost of their own) are found through their free offers. */
    @Test
    void maxCostYenZeroKeepsFreeOffersOnly() {
        List<Long> free = offerIds("/api/v1/search?maxCostYen=0" + NEAR);
        assertThat(free)
                .containsExactlyInAnyOrder(offers.get("チラシのイラスト作成"), offers.get("ホームページ更新"), offers.get("受付ボランティア"))
                .doesNotContain(paidOffer);
        assertThat(items("/api/v1/search?maxCostYen=0" + NEAR))
                .allSatisfy(i -> assertThat(i).containsEntry("type", "OFFER"));
        assertThat(offerIds("/api/v1/search?maxCostYen=300" + NEAR)).contains(paidOffer);
        assertThat(offerIds("/api/v1/search?weekday=TUE" + NEAR)).containsExactly(paidOffer);
        assertThat(offerIds("/api/v1/search?weekday=TUE&maxCostYen=0" + NEAR)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "AND OR", "*:*", "~1", "\\", "😀😀", "title:[a TO z]", "ｻﾛﾝ) OR (子ども"})
    void hostileQueriesAreJustText(String query) {
        assertThat(api.get("/api/v1/search?q=" + enc(query)).code()).isEqualTo(200);
    }

    @Test
    void tenKilobytesOfTextIsJustText() {
        String tenKilobytes = "子ども食堂".repeat(680);
        assertThat(tenKilobytes.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(10_000);
        assertThat(api.get("/api/v1/search?q=" + enc(tenKilobytes)).code()).isEqualTo(200);
    }

    @Test
    void badParametersNameTheirField() {
        assertThat(fields("/api/v1/search?lat=32.3")).contains("lon");
        assertThat(fields("/api/v1/search?weekday=FUNDAY")).contains("weekday");
        assertThat(fields("/api/v1/search?sort=DISTANCE")).contains("sort");
        assertThat(fields("/api/v1/search?from=25:99")).contains("from");
        assertThat(fields("/api/v1/search?maxCostYen=-1")).contains("maxCostYen");
    }

    @SuppressWarnings("unchecked")
    private List<Object> fields(String path) {
        var response = api.get(path);
        assertThat(response.code()).isEqualTo(400);
        return ((List<Map<String, Object>>) ApiClient.body(response).get("errors"))
                .stream().map(e -> e.get("field")).toList();
    }

    private long place(long organization, String name, String kind, double north) {
        Map<String, Object> request =
                Fixtures.placeAt(organization, name, GeoPoint.of(HERE.lat() + north, HERE.lon()), "EXACT");
        request.put("kind", kind);
        request.put("description", null);
        request.put("tags", List.of());
        long id = api.id(api.post("/api/v1/places", request));
        places.put(name, id);
        return id;
    }

    private void offer(long place, String title, String description, Map<String, Object> rule) {
        offers.put(title, api.id(api.post("/api/v1/offers", offerRequest(place, title, description, rule))));
    }

    private long offer(long place, String title, String description, Map<String, Object> rule, int costYen) {
        Map<String, Object> request = offerRequest(place, title, description, rule);
        request.put("costYen", costYen);
        long id = api.id(api.post("/api/v1/offers", request));
        offers.put(title, id);
        return id;
    }

    private static Map<String, Object> offerRequest(
            long place, String title, String description, Map<String, Object> rule) {
        Map<String, Object> request = Fixtures.offer(place, title);
        request.put("description", description);
        request.put("strengthTags", List.of());
        request.put("schedule", Map.of("rules", List.of(rule)));
        return request;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String path) {
        return (List<Map<String, Object>>) api.ok(api.get(path)).get("items");
    }

    private List<Long> ids(String path) {
        return items(path).stream()
                .map(i -> ((Number) i.get("placeId")).longValue())
                .toList();
    }

    private Set<Long> placeIds(String path) {
        return items(path).stream()
                .filter(i -> "PLACE".equals(i.get("type")))
                .map(i -> ((Number) i.get("placeId")).longValue())
                .collect(Collectors.toSet());
    }

    private List<Long> offerIds(String path) {
        return items(path).stream()
                .filter(i -> "OFFER".equals(i.get("type")))
                .map(i -> ((Number) i.get("offerId")).longValue())
                .toList();
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
