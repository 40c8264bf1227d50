package org.deban.search.bench;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deban.gis.GeoPoint;
import org.deban.search.SearchRequest;
import org.jspecify.annotations.Nullable;

/**
 * A fixed, seeded mix of the searches people make: words the generated catalogue uses (from the demo city's offers
 * and the generator's place names), one or two of them, alone, within 5 km of a place, or also on one weekday in a
 * part of the day. Every request counts facets (the service always does) and asks for the first page of 50.
 */
final class QueryMix {
    static final double RADIUS_KM = 5;
    static final int PAGE = 50;

    enum Kind {
        TEXT("text"),
        TEXT_RADIUS("text + 5 km"),
        TEXT_RADIUS_TIME("text + 5 km + weekday & time");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Common and rare words, 1 to 5 characters: 絵, 調理 and 受付 cannot use a trigram index. */
    private static final List<String> WORDS = List.of(
            "サロン", "子ども食堂", "ボランティア", "調理", "受付", "見守り", "体操", "傾聴", "パソコン", "絵", "配膳", "脳トレ", "居場所", "就労体験", "草刈り",
            "学習支援", "手芸", "写真", "カフェ", "畑", "清掃", "囲碁", "折り紙", "読み聞かせ", "宿題", "お茶", "子育て", "野菜", "フードバンク", "食堂");

    private static final List<String> TWO_WORDS = List.of(
            "調理 ボランティア",
            "子ども食堂 配膳",
            "サロン 体操",
            "パソコン 受付",
            "見守り ボランティア",
            "お茶 サロン",
            "学習支援 宿題",
            "傾聴 ボランティア",
            "絵 カフェ",
            "清掃 就労体験");

    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    /** The parts of the day of SearchRequest.TimeOfDay (午前, 午後, 夕方以降), and "from 17:00" once more. */
    private static final List<LocalTime[]> WINDOWS = List.of(
            new LocalTime[] {LocalTime.of(5, 0), LocalTime.NOON},
            new LocalTime[] {LocalTime.NOON, LocalTime.of(17, 0)},
            new LocalTime[] {LocalTime.of(17, 0), LocalTime.MAX},
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(15, 0)});

    private QueryMix() {}

    /** {@code perKind} requests of each kind; 30 % of the texts are two words. */
    static Map<Kind, List<SearchRequest>> make(List<GeoPoint> places, int perKind, long seed) {
        Random random = new Random(seed);
        Map<Kind, List<SearchRequest>> mix = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<SearchRequest> requests = new ArrayList<>();
            for (int i = 0; i < perKind; i++) {
                String text = random.nextInt(10) < 3 ? pick(TWO_WORDS, random) : pick(WORDS, random);
                GeoPoint near = kind == Kind.TEXT ? null : pick(places, random);
                LocalTime[] window = kind == Kind.TEXT_RADIUS_TIME ? pick(WINDOWS, random) : null;
                List<String> days = window == null ? List.of() : List.of(pick(DAYS, random));
                requests.add(request(text, near, days, window, PAGE));
            }
            mix.put(kind, List.copyOf(requests));
        }
        return mix;
    }

    static SearchRequest request(
            String text, @Nullable GeoPoint near, List<String> days, LocalTime @Nullable [] window, int size) {
        return new SearchRequest(
                text,
                near,
                RADIUS_KM,
                null,
                days,
                window == null ? null : window[0],
                window == null ? null : window[1],
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                false,
                null,
                false,
                SearchRequest.Sort.RELEVANCE,
                0,
                size);
    }

    /** The same request with another page size (the overlap check looks past the first page). */
    static SearchRequest withSize(SearchRequest r, int size) {
        return request(
                r.text(), r.near(), r.weekdays(), r.from() == null ? null : new LocalTime[] {r.from(), r.to()}, size);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A request in a few words, for logs. */
    static String describe(SearchRequest r) {
        String where = r.near() == null
                ? ""
                : " @%.3f,%.3f".formatted(r.near().lat(), r.near().lon());
        String when = r.weekdays().isEmpty()
                ? ""
                : " " + String.join(",", r.weekdays()) + " " + r.from() + "–"
                        + (LocalTime.MAX.equals(r.to()) ? "24:00" : r.to());
        return "「" + r.text() + "」" + where + when;
    }
}
