package org.deban.matching.gaps;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the 協議体 reads: unmet needs per area of any layer and period, and the gap map — per area, the active
 * offers by type and by weekday × time of day beside the needs nobody met ("夕方・夜の活動がない。夕方・夜の要望 5 件").
 */
@Singleton
public class GapReports {
    static final List<String> BUCKETS = List.of("MORNING", "AFTERNOON", "EVENING");
    private static final Map<String, String> BUCKET_LABELS =
            Map.of("MORNING", "午前", "AFTERNOON", "午後", "EVENING", "夕方・夜");

    private final JdbcOperations jdbc;

    GapReports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Serdeable
    public record AreaNeeds(
            long areaId,
            String code,
            String name,
            int needs,
            Map<String, Integer> byTimeOfDay,
            Map<String, Integer> byWeekday,
            Map<String, Integer> byWant) {}

    @Serdeable
    public record AreaGap(
            long areaId,
            String code,
            String name,
            Map<String, Integer> offersByType,
            Map<String, Integer> offersByWeekdayAndTime,
            Map<String, Integer> needsByTimeOfDay,
            int needs,
            List<String> notes) {}

    private record Area(long id, String code, String name) {}

    /** Counts for one area while the rows go by. */
    private static final class Tally {
        final long id;
        final String code;
        final String name;
        int needs;
        final Map<String, Integer> byTimeOfDay = new TreeMap<>();
        final Map<String, Integer> byWeekday = new TreeMap<>();
        final Map<String, Integer> byWant = new TreeMap<>();

        Tally(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }

        AreaNeeds done() {
            return new AreaNeeds(id, code, name, needs, byTimeOfDay, byWeekday, byWant);
        }
    }

    /** Unmet needs recorded in the period, per area of the layer (areas without any are left out). */
    @Transactional(readOnly = true)
    public List<AreaNeeds> needs(String layer, @Nullable String city, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement(
                "SELECT a.id, a.code, a.name, n.time_buckets, n.weekdays, n.wants FROM unmet_need n"
                        + " JOIN area a ON a.id = ANY (n.area_ids) WHERE a.layer = ?"
                        + " AND (CAST(? AS text) IS NULL OR a.city_code = ?) AND n.recorded_on BETWEEN ? AND ?"
                        + " ORDER BY a.code, n.id",
                s -> {
                    s.setString(1, layer);
                    s.setString(2, city);
                    s.setString(3, city);
                    s.setDate(4, Date.valueOf(from));
                    s.setDate(5, Date.valueOf(to));
                    Map<Long, Tally> byArea = new LinkedHashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            Tally t = byArea.get(id);
                            if (t == null) {
                                t = new Tally(id, rs.getString(2), rs.getString(3));
                                byArea.put(id, t);
                            }
                            t.needs++;
                            count(t.byTimeOfDay, rs.getArray(4));
                            count(t.byWeekday, rs.getArray(5));
                            count(t.byWant, rs.getArray(6));
                        }
                    }
                    return byArea.values().stream().map(Tally::done).toList();
                });
    }

    /** Every area of the layer: what is on offer (active places, coming 8 weeks) against what was asked for. */
    @Transactional(readOnly = true)
    public List<AreaGap> map(String layer, @Nullable String city, LocalDate from, LocalDate to, LocalDate today) {
        Map<Long, AreaNeeds> needs = new LinkedHashMap<>();
        for (AreaNeeds n : needs(layer, city, from, to)) needs.put(n.areaId(), n);
        List<AreaGap> gaps = new ArrayList<>();
        for (Area area : areas(layer, city)) {
            Map<String, Integer> byType = offersByType(area.id());
            Map<String, Integer> bySlot = offersBySlot(area.id(), today);
            AreaNeeds n = needs.get(area.id());
            Map<String, Integer> asked = n == null ? Map.of() : n.byTimeOfDay();
            List<String> notes = new ArrayList<>();
            for (String bucket : BUCKETS) {
                int wanted = asked.getOrDefault(bucket, 0);
                boolean none = bySlot.entrySet().stream()
                        .noneMatch(e -> e.getKey().endsWith("_" + bucket) && e.getValue() > 0);
                if (wanted > 0 && none) {
                    notes.add(
                            BUCKET_LABELS.get(bucket) + "の活動がない。" + BUCKET_LABELS.get(bucket) + "の要望 " + wanted + " 件");
                }
            }
            gaps.add(new AreaGap(
                    area.id(), area.code(), area.name(), byType, bySlot, asked, n == null ? 0 : n.needs(), notes));
        }
        return gaps;
    }

    private List<Area> areas(String layer, @Nullable String city) {
        return jdbc.prepareStatement(
                "SELECT id, code, name FROM area WHERE layer = ? AND (CAST(? AS text) IS NULL OR city_code = ?)"
                        + " ORDER BY code",
                s -> {
                    s.setString(1, layer);
                    s.setString(2, city);
                    s.setString(3, city);
                    List<Area> areas = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) areas.add(new Area(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                    return areas;
                });
    }

    private Map<String, Integer> offersByType(long area) {
        return jdbc.prepareStatement(
                "SELECT o.type, count(*) FROM offer o JOIN place p ON p.id = o.place_id"
                        + " JOIN place_area pa ON pa.place_id = p.id WHERE pa.area_id = ? AND p.status = 'ACTIVE'"
                        + " GROUP BY o.type ORDER BY o.type",
                s -> {
                    s.setLong(1, area);
                    Map<String, Integer> counts = new TreeMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
                    }
                    return counts;
                });
    }

    /** Distinct offers with a session in each weekday × time of day ({@code THU_EVENING}) of the coming 8 weeks. */
    private Map<String, Integer> offersBySlot(long area, LocalDate today) {
        return jdbc.prepareStatement(
                "SELECT upper(to_char(oc.date, 'DY')), CASE WHEN oc.start_time < '12:00' THEN 'MORNING'"
                        + " WHEN oc.start_time < '17:00' THEN 'AFTERNOON' ELSE 'EVENING' END, count(DISTINCT o.id)"
                        + " FROM occurrence oc JOIN offer o ON o.id = oc.offer_id JOIN place p ON p.id = o.place_id"
                        + " JOIN place_area pa ON pa.place_id = p.id WHERE pa.area_id = ? AND p.status = 'ACTIVE'"
                        + " AND o.type <> 'VENUE' AND NOT oc.cancelled AND oc.date >= ? AND oc.date < ?"
                        + " GROUP BY 1, 2",
                s -> {
                    s.setLong(1, area);
                    s.setDate(2, Date.valueOf(today));
                    s.setDate(3, Date.valueOf(today.plusWeeks(8)));
                    Map<String, Integer> counts = new TreeMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) counts.put(rs.getString(1) + "_" + rs.getString(2), rs.getInt(3));
                    }
                    return counts;
                });
    }

    private static void count(Map<String, Integer> counts, java.sql.Array values) throws java.sql.SQLException {
        for (String v : Arrays.asList((String[]) values.getArray())) counts.merge(v, 1, Integer::sum);
    }
}
