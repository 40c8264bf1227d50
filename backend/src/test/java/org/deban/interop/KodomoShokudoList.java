package org.deban.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 子ども食堂一覧 CSV as Tokyo municipalities publish it (the こども食堂のデータフォーマット columns,
 * docs/import.md), built row by row: each row names only the columns it fills, the rest stay empty.
 */
final class KodomoShokudoList {
    static final List<String> HEADER = List.of(
            "全国地方公共団体コード",
            "ID",
            "地方公共団体名",
            "名称",
            "名称_カナ",
            "住所",
            "方書",
            "緯度",
            "経度",
            "電話番号",
            "URL",
            "運営団体名",
            "開催頻度",
            "開催曜日",
            "開催開始時間",
            "開催終了時間",
            "開催日時特記事項",
            "実施支援の主な区分",
            "予約方法",
            "予約特記事項",
            "定員",
            "フードパントリー実施",
            "テイクアウト実施",
            "学区",
            "ネットワークの加入",
            "参加条件",
            "参加費_幼児",
            "参加費_小学生",
            "参加費_中学生",
            "参加費_高校生",
            "参加費_大人",
            "参加費特記事項",
            "画像",
            "画像_ライセンス",
            "備考");

    private final List<Map<String, String>> rows = new ArrayList<>();

    /** A row with a name, a point and a weekly time; {@code more} overrides or adds columns ("" empties one). */
    KodomoShokudoList row(String name, double lat, double lon, Map<String, String> more) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("全国地方公共団体コード", "232203");
        row.put("ID", "K" + (rows.size() + 1));
        row.put("地方公共団体名", "愛知県稲沢市");
        row.put("名称", name);
        row.put("住所", "愛知県稲沢市稲府町" + (rows.size() + 1));
        row.put("緯度", String.valueOf(lat));
        row.put("経度", String.valueOf(lon));
        row.put("開催曜日", "毎週水曜");
        row.put("開催開始時間", "17:00");
        row.put("開催終了時間", "19:00");
        row.put("参加条件", "どなたでも");
        row.put("参加費_大人", "300");
        row.putAll(more);
        rows.add(row);
        return this;
    }

    String csv() {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Map<String, String> row : rows) {
            out.append(String.join(
                            ",",
                            HEADER.stream()
                                    .map(h -> quote(row.getOrDefault(h, "")))
                                    .toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
