package org.deban.interop;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deban.common.FieldError;

/**
 * Finds rows that would repeat a place: the same name and address (compared NFKC-normalised, without
 * spaces or dashes) as a place already in Deban or an earlier row; and rows sharing one point with
 * many others, the usual sign of a list geocoded to a city centre.
 */
@Singleton
class Duplicates {
    /** This many rows at one point is worth a warning: two can be neighbours in one building. */
    static final int SHARED_POINT_ROWS = 3;

    private final JdbcOperations jdbc;

    Duplicates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks duplicates and adds shared-point warnings; rows keep their order. */
    @Transactional(readOnly = true)
    List<RowResult> check(Layout layout, List<RowResult> rows) {
        Map<String, Long> existing = existing(rows);
        Map<String, Integer> seen = new HashMap<>();
        List<RowResult> checked = new ArrayList<>(rows.size());
        for (RowResult row : rows) {
            if (row.status() != RowResult.Status.OK) {
                checked.add(row);
                continue;
            }
            String key = key(row);
            Long place = existing.get(key);
            Integer earlier = seen.putIfAbsent(key, row.row());
            String why = place != null
                    ? "同じ名前・住所の場所がすでにあります（場所 " + place + "）"
                    : earlier != null ? earlier + " 行目と同じ名前・住所です" : null;
            checked.add(why == null ? row : duplicate(row, layout, why));
        }
        return sharedPoints(checked);
    }

    private static RowResult duplicate(RowResult row, Layout layout, String why) {
        return new RowResult(
                row.row(),
                RowResult.Status.DUPLICATE,
                row.name(),
                row.address(),
                row.wouldCreate(),
                List.of(new FieldError(layout.headerOf(Column.NAME), "DUPLICATE", why)),
                row.warnings(),
                null,
                null);
    }

    private static List<RowResult> sharedPoints(List<RowResult> rows) {
        Map<String, List<Integer>> byPoint = new LinkedHashMap<>();
        for (RowResult row : rows) {
            if (row.status() == RowResult.Status.OK && row.wouldCreate() != null) {
                var at = row.wouldCreate().location();
                String point = String.format("%.5f,%.5f", at.lat(), at.lon());
                byPoint.computeIfAbsent(point, p -> new ArrayList<>()).add(row.row());
            }
        }
        Map<Integer, String> warnings = new HashMap<>();
        byPoint.values().stream().filter(r -> r.size() >= SHARED_POINT_ROWS).forEach(group -> {
            String text = group.size() + " 行が同じ地点です（行 "
                    + group.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "）。市の中心などの仮の位置ではないか確かめてください";
            group.forEach(r -> warnings.put(r, text));
        });
        if (warnings.isEmpty()) return rows;
        return rows.stream()
                .map(row -> warnings.containsKey(row.row()) ? withWarning(row, warnings.get(row.row())) : row)
                .toList();
    }

    private static RowResult withWarning(RowResult row, String warning) {
        List<String> all = new ArrayList<>(row.warnings());
        all.add(warning);
        return new RowResult(
                row.row(), row.status(), row.name(), row.address(), row.wouldCreate(), row.errors(), all, null, null);
    }

    private static String key(RowResult row) {
        return JapaneseText.key(row.name()) + "|" + JapaneseText.key(row.address());
    }

    /** Places already in Deban with a row's name, by name-and-address key. */
    private Map<String, Long> existing(List<RowResult> rows) {
        String[] names =
                rows.stream().map(r -> JapaneseText.key(r.name())).distinct().toArray(String[]::new);
        if (names.length == 0) return Map.of();
        // PostgreSQL's normalize() narrows the candidates by name; Java compares exactly as for the rows.
        return jdbc.prepareStatement(
                "SELECT id, name, address FROM place WHERE"
                        + " lower(regexp_replace(normalize(name, NFKC), '[\\s\\-‐－ー—―]', '', 'g')) = ANY (?)",
                s -> {
                    s.setArray(1, s.getConnection().createArrayOf("text", names));
                    Map<String, Long> found = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.putIfAbsent(
                                    JapaneseText.key(rs.getString(2)) + "|" + JapaneseText.key(rs.getString(3)),
                                    rs.getLong(1));
                        }
                    }
                    return found;
                });
    }
}
