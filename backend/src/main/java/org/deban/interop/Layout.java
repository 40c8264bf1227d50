package org.deban.interop;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deban.catalogue.place.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * The list layouts Deban reads, recognised by their header row. Each names, for every column it
 * uses, the header (or headers) it goes by; other columns are ignored. Sources: docs/import.md.
 */
enum Layout {
    /** Deban's own template ({@code /api/v1/imports/template.csv}). */
    DEBAN_TEMPLATE(
            "場所の名前",
            null,
            null,
            Map.ofEntries(
                    Map.entry(Column.NAME, List.of("場所の名前")),
                    Map.entry(Column.NAME_KANA, List.of("場所の名前(カナ)")),
                    Map.entry(Column.KIND, List.of("場所の種類")),
                    Map.entry(Column.ADDRESS, List.of("住所")),
                    Map.entry(Column.LAT, List.of("緯度")),
                    Map.entry(Column.LON, List.of("経度")),
                    Map.entry(Column.PHONE, List.of("電話番号")),
                    Map.entry(Column.URL, List.of("URL")),
                    Map.entry(Column.DESCRIPTION, List.of("場所の説明")),
                    Map.entry(Column.OFFER_TITLE, List.of("活動の名前")),
                    Map.entry(Column.OFFER_TYPE, List.of("活動の種類")),
                    Map.entry(Column.WEEKDAYS, List.of("曜日")),
                    Map.entry(Column.START, List.of("開始時刻")),
                    Map.entry(Column.END, List.of("終了時刻")),
                    Map.entry(Column.CLOSED_ON_HOLIDAYS, List.of("祝日休み")),
                    Map.entry(Column.CONDITIONS, List.of("参加条件")),
                    Map.entry(Column.COST_YEN, List.of("参加費(円)")),
                    Map.entry(Column.COST_NOTE, List.of("参加費の説明")),
                    Map.entry(Column.MIN_AGE, List.of("対象年齢(何歳以上)")),
                    Map.entry(Column.CAPACITY, List.of("定員")),
                    Map.entry(Column.NOTE, List.of("備考")))),
    /** 子ども食堂一覧 as Tokyo municipalities publish it (こども食堂のデータフォーマット). */
    CHILDREN_DINERS(
            "開催曜日",
            PlaceKind.COMMUNITY_DINER,
            "子ども食堂に参加する",
            Map.ofEntries(
                    Map.entry(Column.NAME, List.of("名称")),
                    Map.entry(Column.NAME_KANA, List.of("名称_カナ")),
                    Map.entry(Column.ADDRESS, List.of("住所", "所在地_連結表記")),
                    Map.entry(Column.ADDRESS_DETAIL, List.of("方書")),
                    Map.entry(Column.LAT, List.of("緯度")),
                    Map.entry(Column.LON, List.of("経度")),
                    Map.entry(Column.PHONE, List.of("電話番号", "連絡先電話番号")),
                    Map.entry(Column.URL, List.of("URL")),
                    Map.entry(Column.DESCRIPTION, List.of("説明", "実施支援の主な区分")),
                    Map.entry(Column.WEEKDAYS, List.of("開催曜日")),
                    Map.entry(Column.FREQUENCY, List.of("開催頻度")),
                    Map.entry(Column.START, List.of("開催開始時間")),
                    Map.entry(Column.END, List.of("開催終了時間")),
                    Map.entry(Column.SCHEDULE_NOTE, List.of("開催日時特記事項")),
                    Map.entry(Column.CONDITIONS, List.of("参加条件")),
                    Map.entry(Column.COST_NOTE, List.of("料金", "参加費特記事項")),
                    Map.entry(Column.CAPACITY, List.of("定員")),
                    Map.entry(Column.NOTE, List.of("備考")))),
    /** 自治体標準オープンデータセット「公共施設一覧」. */
    PUBLIC_FACILITIES(
            "利用可能曜日",
            null,
            "施設を利用する",
            Map.ofEntries(
                    Map.entry(Column.NAME, List.of("名称")),
                    Map.entry(Column.NAME_KANA, List.of("名称_カナ")),
                    Map.entry(Column.KIND, List.of("種別")),
                    Map.entry(Column.ADDRESS, List.of("住所", "所在地_連結表記")),
                    Map.entry(Column.ADDRESS_DETAIL, List.of("方書")),
                    Map.entry(Column.LAT, List.of("緯度")),
                    Map.entry(Column.LON, List.of("経度")),
                    Map.entry(Column.PHONE, List.of("電話番号")),
                    Map.entry(Column.URL, List.of("URL")),
                    Map.entry(Column.DESCRIPTION, List.of("説明")),
                    Map.entry(Column.WEEKDAYS, List.of("利用可能曜日")),
                    Map.entry(Column.START, List.of("開始時間")),
                    Map.entry(Column.END, List.of("終了時間")),
                    Map.entry(Column.SCHEDULE_NOTE, List.of("利用可能日時特記事項")),
                    Map.entry(Column.NOTE, List.of("備考"))));

    /** A header only this layout has: how it is recognised. */
    final String signature;
    /** The place kind every row has, or null when a column says it. */
    final @Nullable PlaceKind kind;
    /** The offer title every row gets, or null when a column says it. */
    final @Nullable String offerTitle;

    private final Map<Column, List<String>> headers;

    Layout(String signature, @Nullable PlaceKind kind, @Nullable String offerTitle, Map<Column, List<String>> headers) {
        this.signature = signature;
        this.kind = kind;
        this.offerTitle = offerTitle;
        this.headers = new EnumMap<>(headers);
    }

    /** The layout whose signature header the row holds; the template first, as it is the most specific. */
    static Optional<Layout> detect(List<String> header) {
        for (Layout layout : values()) {
            if (header.contains(layout.signature) && header.contains(layout.headerOf(Column.NAME))) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** The column's (first) header name in this layout: how errors name it. */
    String headerOf(Column column) {
        List<String> names = headers.get(column);
        return names == null ? column.name() : names.getFirst();
    }

    /** Where each known column is in this file's header row. */
    Map<Column, Integer> positions(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        headers.forEach((column, names) -> {
            for (String name : names) {
                int at = header.indexOf(name);
                if (at >= 0) {
                    positions.put(column, at);
                    break;
                }
            }
        });
        return positions;
    }
}
