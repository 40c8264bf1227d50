package org.deban.areas;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.deban.gis.GeoPoint;
import org.deban.gis.address.Town;
import org.deban.gis.address.TownCsv;
import org.deban.gis.address.TownMatcher;
import org.jspecify.annotations.Nullable;

/**
 * The 町丁目・大字 representative points Deban ships (Geolonia 住所データ, CC BY 4.0), kept in the
 * {@code town} table for geocoding and for deriving approximate area layers. Loaded on start-up,
 * once per database.
 */
@Singleton
public class Towns {
    /** A shipped town list: one municipality's CSV ({@code town,koaza,lat,lng}). */
    record Shipped(String resource, String cityCode, String prefecture, String city) {}

    static final List<Shipped> SHIPPED =
            List.of(new Shipped("classpath:reference/inazawa/towns_23220.csv", "23220", "愛知県", "稲沢市"));

    private final JdbcOperations jdbc;
    private final ResourceResolver resources;
    private volatile @Nullable TownMatcher matcher;

    Towns(JdbcOperations jdbc, ResourceResolver resources) {
        this.jdbc = jdbc;
        this.resources = resources;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        loadShipped();
    }

    /** Inserts the shipped towns not yet in the table; returns how many were added. */
    @Transactional
    public synchronized int loadShipped() {
        int added = 0;
        for (Shipped shipped : SHIPPED) {
            List<Town> towns = read(shipped);
            added += jdbc.prepareStatement(
                    "INSERT INTO town (city_code, prefecture, city, town, koaza, lat, lon)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (city_code, town, koaza) DO NOTHING",
                    s -> {
                        for (Town town : towns) {
                            s.setString(1, town.cityCode());
                            s.setString(2, town.prefecture());
                            s.setString(3, town.city());
                            s.setString(4, town.town());
                            s.setString(5, town.koaza());
                            s.setDouble(6, town.point().lat());
                            s.setDouble(7, town.point().lon());
                            s.addBatch();
                        }
                        int count = 0;
                        for (int n : s.executeBatch()) count += Math.max(n, 0);
                        return count;
                    });
        }
        if (added > 0) matcher = null;
        return added;
    }

    /** The matcher over every town in the table, built once and rebuilt after a load. */
    @Transactional(readOnly = true)
    public TownMatcher matcher() {
        TownMatcher current = matcher;
        if (current == null) {
            current = new TownMatcher(all());
            matcher = current;
        }
        return current;
    }

    private List<Town> all() {
        return jdbc.prepareStatement(
                "SELECT city_code, prefecture, city, town, koaza, lat, lon FROM town ORDER BY id", s -> {
                    List<Town> towns = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            towns.add(new Town(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    GeoPoint.of(rs.getDouble(6), rs.getDouble(7))));
                        }
                    }
                    return towns;
                });
    }

    private List<Town> read(Shipped shipped) {
        try (InputStream in = resources.getResourceAsStream(shipped.resource()).orElseThrow();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return TownCsv.read(reader, shipped.cityCode(), shipped.prefecture(), shipped.city());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
