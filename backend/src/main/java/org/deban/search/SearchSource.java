package org.deban.search;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.deban.areas.AreaLayerKind;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the index holds from PostgreSQL: offers with their places, places, and the coming
 * occurrences. Only catalogue tables are read; person data never passes through here.
 */
@Singleton
class SearchSource {
    private static final String PLACE_COLUMNS = "p.id, p.organization_id, p.name, p.name_kana, p.description,"
            + " p.kind, p.status, p.sensitivity, p.tags, p.step_free, p.elevator, p.accessible_toilet,"
            + " p.bus_stop_nearby, p.written_communication, p.parking, org.name,"
            + " CASE WHEN p.sensitivity = 'AREA_ONLY' THEN ST_Y(pub.label_point) ELSE p.lat END,"
            + " CASE WHEN p.sensitivity = 'AREA_ONLY' THEN ST_X(pub.label_point) ELSE p.lon END,"
            + " ARRAY(SELECT pa.area_id FROM place_area pa JOIN area a ON a.id = pa.area_id"
            + "   JOIN area_layer l ON l.code = a.layer WHERE pa.place_id = p.id"
            + "   AND (p.sensitivity = 'EXACT' OR l.kind IN " + AreaLayerKind.COARSE_SQL + "))";
    private static final String PLACE_JOINS =
            " JOIN organization org ON org.id = p.organization_id" + " LEFT JOIN area pub ON pub.id = p.public_area_id";

    private static final String OFFERS = "SELECT " + PLACE_COLUMNS
            + ", o.id, o.title, o.description, o.strengths_wanted, o.strength_tags, o.tags, o.type, o.mode,"
            + " o.role_levels, o.min_age, o.max_age, o.cost_yen,"
            + " (SELECT string_agg(to_char(c.date, 'YYYY-MM-DD') || ' ' || to_char(c.start_time, 'HH24:MI') || ' '"
            + "   || to_char(c.end_time, 'HH24:MI'), ',' ORDER BY c.date, c.start_time) FROM occurrence c"
            + "   WHERE c.offer_id = o.id AND NOT c.cancelled AND c.date >= ?)"
            + " FROM offer o JOIN place p ON p.id = o.place_id" + PLACE_JOINS;
    private static final String PLACES = "SELECT " + PLACE_COLUMNS + " FROM place p" + PLACE_JOINS;

    private final DataSource dataSource;
    private final Clock clock;

    SearchSource(DataSource dataSource, Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = clock;
    }

    /** Every offer and place, streamed in one snapshot. */
    void all(Connection c, Consumer<IndexEntry> sink) throws SQLException {
        query(c, OFFERS, null, true, sink);
        query(c, PLACES, null, false, sink);
    }

    /** The documents of these offers and places; ids that no longer exist yield nothing. */
    List<IndexEntry> some(Collection<Long> offerIds, Collection<Long> placeIds) throws SQLException {
        List<IndexEntry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (!offerIds.isEmpty()) query(c, OFFERS + " WHERE o.id = ANY(?)", offerIds, true, entries::add);
            if (!placeIds.isEmpty()) query(c, PLACES + " WHERE p.id = ANY(?)", placeIds, false, entries::add);
        }
        return entries;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private void query(
            Connection c, String sql, @Nullable Collection<Long> ids, boolean offers, Consumer<IndexEntry> sink)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(2000);
            int next = 1;
            if (offers) s.setObject(next++, LocalDate.now(clock));
            if (ids != null) s.setArray(next, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) sink.accept(offers ? offer(rs) : place(rs));
            }
        }
    }

    private static IndexEntry place(ResultSet rs) throws SQLException {
        List<String> tags = strings(rs.getArray(9));
        String kind = rs.getString(6);
        String body = join(rs.getString(5), rs.getString(16));
        return new IndexEntry(
                IndexEntry.PLACE,
                null,
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(3),
                join(rs.getString(3), rs.getString(4)),
                body,
                location(rs),
                "AREA_ONLY".equals(rs.getString(8)),
                longs(rs.getArray(19)),
                kind,
                null,
                null,
                rs.getString(7),
                List.of(),
                null,
                null,
                tags,
                access(rs),
                null,
                List.of());
    }

    private static IndexEntry offer(ResultSet rs) throws SQLException {
        List<String> placeTags = strings(rs.getArray(9));
        List<String> offerTags = strings(rs.getArray(25));
        List<String> tags = new ArrayList<>(offerTags);
        placeTags.stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        String kind = rs.getString(6);
        String type = rs.getString(26);
        String mode = rs.getString(27);
        // The place's description is in the place's own document: repeating it in each of its
        // offers would only double the analysis work of a rebuild.
        String body =
                join(rs.getString(22), rs.getString(23), String.join(" ", strings(rs.getArray(24))), rs.getString(16));

        return new IndexEntry(
                IndexEntry.OFFER,
                rs.getLong(20),
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(21),
                rs.getString(3),
                join(rs.getString(21), rs.getString(3), rs.getString(4)),
                body,
                location(rs),
                "AREA_ONLY".equals(rs.getString(8)),
                longs(rs.getArray(19)),
                kind,
                type,
                mode,
                rs.getString(7),
                ints(rs.getArray(28)),
                (Integer) rs.getObject(29),
                (Integer) rs.getObject(30),
                tags,
                access(rs),
                rs.getInt(31),
                slots(rs.getString(32)));
    }

    private static @Nullable GeoPoint location(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(17);
        if (rs.wasNull()) return null;
        return GeoPoint.of(lat, rs.getDouble(18));
    }

    private static List<String> access(ResultSet rs) throws SQLException {
        List<String> access = new ArrayList<>();
        String[] names = {
            "STEP_FREE", "ELEVATOR", "ACCESSIBLE_TOILET", "BUS_STOP_NEARBY", "WRITTEN_COMMUNICATION", "PARKING"
        };
        for (int i = 0; i < names.length; i++) {
            if (rs.getBoolean(10 + i)) access.add(names[i]);
        }
        return access;
    }

    private static List<IndexEntry.Slot> slots(@Nullable String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<IndexEntry.Slot> slots = new ArrayList<>();
        for (String slot : text.split(",")) {
            String[] parts = slot.split(" ");
            slots.add(new IndexEntry.Slot(
                    LocalDate.parse(parts[0]), LocalTime.parse(parts[1]), LocalTime.parse(parts[2])));
        }
        return slots;
    }

    private static String join(@Nullable String... parts) {
        return String.join(
                " ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Long> longs(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }

    private static List<Integer> ints(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Integer[]) array.getArray());
    }
}
