package org.deban.areas;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate area layers for a city that has not imported its own: each 町丁目・大字 becomes the
 * Voronoi cell of its representative point, clipped to the city boundary, and groups of them (e.g.
 * the 大字 of a former town) become their union. Such layers are marked approximate; a city
 * replaces them by importing its real boundaries into the same layer.
 */
@Singleton
public class TownCells {
    /** A group of towns recognised by the start of their names, e.g. 祖父江町… → 祖父江地区. */
    public record Group(String code, String name, List<String> prefixes) {}

    private static final String CELLS =
            "WITH city AS (SELECT geom FROM area WHERE layer = 'municipality' AND code = ?),"
                    + " pts AS (SELECT town, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS p FROM town"
                    + "   WHERE city_code = ? AND koaza = ''),"
                    + " voronoi AS (SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(p), 0,"
                    + "   (SELECT ST_Expand(geom, 0.05) FROM city)))).geom AS cell FROM pts),"
                    + " cells AS (SELECT pts.town, ST_Intersection(voronoi.cell, city.geom) AS geom"
                    + "   FROM voronoi JOIN pts ON ST_Intersects(voronoi.cell, pts.p) CROSS JOIN city)";

    private final JdbcOperations jdbc;

    TownCells(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One input per 町丁目・大字 of the city (小字 are not areas), coded {@code <cityCode>-<town>}. */
    @Transactional(readOnly = true)
    public List<AreaInput> cells(String cityCode) {
        return inputs(CELLS + " SELECT town, ST_AsGeoJSON(geom, 7) FROM cells ORDER BY town", cityCode, List.of());
    }

    /** One input per group: the union of its towns' cells; towns matching no prefix join {@code rest}. */
    @Transactional(readOnly = true)
    public List<AreaInput> groups(String cityCode, List<Group> groups, Group rest) {
        return inputs(
                        CELLS
                                + ", grouped AS (SELECT coalesce((SELECT g.code FROM unnest(?::text[], ?::text[]) AS g(prefix, code)"
                                + "   WHERE cells.town LIKE g.prefix || '%' LIMIT 1), ?) AS code, geom FROM cells)"
                                + " SELECT code, ST_AsGeoJSON(ST_Union(geom), 7) FROM grouped GROUP BY code ORDER BY code",
                        cityCode,
                        groupsToArrays(groups, rest))
                .stream()
                .map(input -> {
                    Group group = groups.stream()
                            .filter(g -> g.code().equals(input.name()))
                            .findFirst()
                            .orElse(rest);
                    return new AreaInput(
                            input.index(),
                            cityCode + "-" + group.code(),
                            group.name(),
                            cityCode,
                            "{}",
                            input.geometryJson());
                })
                .toList();
    }

    private static List<Object> groupsToArrays(List<Group> groups, Group rest) {
        List<String> prefixes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Group group : groups) {
            for (String prefix : group.prefixes()) {
                prefixes.add(prefix);
                codes.add(group.code());
            }
        }
        return List.of(prefixes.toArray(String[]::new), codes.toArray(String[]::new), rest.code());
    }

    private List<AreaInput> inputs(String sql, String cityCode, List<Object> extra) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, cityCode);
            s.setString(2, cityCode);
            for (int i = 0; i < extra.size(); i++) {
                Object value = extra.get(i);
                if (value instanceof String[] array) {
                    s.setArray(3 + i, s.getConnection().createArrayOf("text", array));
                } else {
                    s.setObject(3 + i, value);
                }
            }
            List<AreaInput> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String town = rs.getString(1);
                    out.add(new AreaInput(out.size(), cityCode + "-" + town, town, cityCode, "{}", rs.getString(2)));
                }
            }
            return out;
        });
    }
}
