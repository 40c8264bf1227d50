package org.deban.generate;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Japan's municipalities from 国土数値情報（行政区域データ N03-21）, simplified to 0.1 %: read from the
 * classpath, written to the {@code municipality} area layer, and weighted for spreading places.
 */
final class Municipalities {
    static final String RESOURCE = "reference/japan/municipalities_N03-21_0.1pct.geojson";

    /**
     * The six villages of the Northern Territories (北方領土): 01695 色丹村, 01696 泊村 (国後郡), 01697 留夜別村,
     * 01698 留別村, 01699 紗那村, 01700 蘂取村. Nobody can run a place there. 01403 泊村 (古宇郡, 後志) is a
     * real village and stays.
     */
    static final Set<String> NORTHERN_TERRITORIES = Set.of("01695", "01696", "01697", "01698", "01699", "01700");

    /**
     * One municipality as the generator uses it.
     *
     * @param name the N03_004 name, prefixed by its designated city for wards (札幌市中央区), never by its 郡
     * @param geometries the GeoJSON geometries of its features (islands may come as several)
     */
    record Municipality(String code, String name, String prefecture, List<String> geometries) {
        /**
         * How many places a municipality gets relative to the others. There is no population data here, so the
         * kind of municipality stands in for its size: a ward of a designated city or of Tokyo (…区) 6, a city
         * (市) 3, a town (町) 1, a village (村) 0.4.
         */
        double weight() {
            if (name.endsWith("区")) return 6;
            if (name.endsWith("市")) return 3;
            if (name.endsWith("町")) return 1;
            return 0.4;
        }
    }

    private Municipalities() {}

    /** The municipalities of the file by code, features sharing a code merged, 所属未定地 and 北方領土 left out. */
    static List<Municipality> read(JsonMapper json) {
        JsonNode root;
        try (InputStream in = Municipalities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            root = json.readValue(in, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Municipality> byCode = new TreeMap<>();
        for (JsonNode feature : root.get("features").values()) {
            JsonNode properties = feature.get("properties");
            String code = text(properties, "N03_007");
            if (code == null || NORTHERN_TERRITORIES.contains(code)) continue;
            String county = text(properties, "N03_003");
            String own = Objects.requireNonNull(text(properties, "N03_004"), code);
            String name = county != null && county.endsWith("市") ? county + own : own;
            String prefecture = Objects.requireNonNull(text(properties, "N03_001"), code);
            Municipality m =
                    byCode.computeIfAbsent(code, c -> new Municipality(c, name, prefecture, new ArrayList<>()));
            m.geometries().add(write(json, feature.get("geometry")));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * Writes the municipalities missing from the {@code municipality} layer, keeping any already there (the demo
     * city's boundary in full resolution), and returns each code's area id. Codes whose area is empty are left out.
     */
    static Map<String, Long> store(Connection c, List<Municipality> municipalities) throws SQLException {
        Map<String, Long> existing = ids(c, municipalities);
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO area (layer, code, name, city_code, geom, properties)"
                        + " SELECT 'municipality', ?, ?, ?,"
                        + " ST_Multi(ST_Union(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)), 3))),"
                        + " jsonb_build_object('prefecture', ?::text)"
                        + " FROM unnest(?::text[]) AS g"
                        + " ON CONFLICT (layer, code) DO NOTHING")) {
            for (Municipality m : municipalities) {
                if (existing.containsKey(m.code())) continue;
                s.setString(1, m.code());
                s.setString(2, m.name());
                s.setString(3, m.code());
                s.setString(4, m.prefecture());
                s.setArray(5, c.createArrayOf("text", m.geometries().toArray()));
                s.addBatch();
            }
            s.executeBatch();
        }
        Map<String, Long> stored = ids(c, municipalities);
        assignExistingPlaces(
                c,
                stored.entrySet().stream()
                        .filter(e -> !existing.containsKey(e.getKey()))
                        .map(Map.Entry::getValue)
                        .toArray());
        return stored;
    }

    /** Places already in the catalogue that lie in newly stored municipalities: assigned, with outbox rows. */
    private static void assignExistingPlaces(Connection c, Object[] newAreaIds) throws SQLException {
        if (newAreaIds.length == 0) return;
        try (PreparedStatement s = c.prepareStatement("WITH assigned AS (INSERT INTO place_area (place_id, area_id)"
                + " SELECT p.id, a.id FROM area a JOIN place p ON p.pt_3857 && a.geom_3857"
                + " AND ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))"
                + " WHERE a.id = ANY(?) ON CONFLICT DO NOTHING RETURNING place_id)"
                + " INSERT INTO outbox (entity_type, entity_id) SELECT DISTINCT 'PLACE', place_id FROM assigned")) {
            s.setArray(1, c.createArrayOf("bigint", newAreaIds));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE place SET public_area_id = place_public_area(id)"
                + " WHERE sensitivity = 'AREA_ONLY' AND public_area_id IS DISTINCT FROM place_public_area(id)")) {
            s.executeUpdate();
        }
    }

    private static Map<String, Long> ids(Connection c, List<Municipality> municipalities) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, id FROM area WHERE layer = 'municipality'"
                + " AND code = ANY(?) AND NOT ST_IsEmpty(geom)")) {
            s.setArray(
                    1,
                    c.createArrayOf(
                            "text",
                            municipalities.stream().map(Municipality::code).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    /**
     * Splits {@code total} in proportion to the weights by the largest remainder method: everyone gets the whole
     * part of their share, then the largest fractions get one more each, so the counts add up to {@code total}
     * exactly. Ties — all the cities alike when 300 places go to 1,888 municipalities — are broken in an order
     * shuffled by {@code random}, so a small run spreads over the country rather than over the lowest codes, and
     * the same seed gives the same split.
     */
    static int[] allocate(int total, double[] weights, Random random) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = total * weights[i] / sum;
            counts[i] = (int) Math.floor(share);
            remainders[i] = share - counts[i];
            given += counts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) order.add(i);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingDouble(i -> -remainders[i]));
        for (int k = 0; k < total - given; k++) counts[order.get(k)]++;
        return counts;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.getStringValue().isBlank()) return null;
        return value.getStringValue().strip();
    }

    private static String write(JsonMapper json, JsonNode node) {
        try {
            return new String(json.writeValueAsBytes(node), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
