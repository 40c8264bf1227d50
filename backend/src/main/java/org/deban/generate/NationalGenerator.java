package org.deban.generate;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.deban.generate.CatalogueRows.OfferRow;
import org.deban.generate.CatalogueRows.PlaceRow;
import org.deban.generate.CatalogueRows.Point;
import org.deban.generate.Municipalities.Municipality;
import org.deban.schedule.Occurrence;
import org.deban.schedule.ScheduleService;

/**
 * Writes invented places and offers all over Japan, for benchmarks and scale tests ({@code ./deban generate}).
 *
 * <p>Places are spread over the municipalities of 国土数値情報 (N03-21) by a stand-in for population — no
 * population data ships with Deban — see {@link Municipality#weight()}: a ward (区) 6, a city (市) 3, a town (町) 1,
 * a village (村) 0.4. Each municipality's places are random points inside its boundary
 * ({@code ST_GeneratePoints} with a seed), so the same seed on the same boundaries gives the same rows. Every
 * write the API would make is made here too, in bulk: the rows by COPY, the 8 weeks of occurrences (expanded by
 * {@link ScheduleService}), the outbox rows the search indexer tails, and the {@code place_area} rows. Each batch
 * of {@value #BATCH_PLACES} places is its own transaction.
 */
@Singleton
public class NationalGenerator {
    static final int BATCH_PLACES = 50_000;

    /**
     * What a run wrote.
     *
     * @param municipalities how many municipalities received at least one place
     */
    public record Result(
            int municipalities, int organizations, int places, int offers, int occurrences, Duration took) {}

    private final DataSource dataSource;
    private final JsonMapper json;
    private final ScheduleService schedules;

    NationalGenerator(DataSource dataSource, JsonMapper json, ScheduleService schedules) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.json = json;
        this.schedules = schedules;
    }

    public Result generate(int places, long seed, Consumer<String> progress) {
        if (places < 1) throw new IllegalArgumentException("places must be at least 1");
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Municipality> loaded = Municipalities.read(json);
            Map<String, Long> areaIds = Municipalities.store(c, loaded);
            c.commit();
            List<Municipality> municipalities =
                    loaded.stream().filter(m -> areaIds.containsKey(m.code())).toList();
            progress.accept("municipalities: %,d in the area layer 'municipality'".formatted(municipalities.size()));

            Random random = new Random(seed);
            int[] counts = Municipalities.allocate(
                    places,
                    municipalities.stream().mapToDouble(Municipality::weight).toArray(),
                    random);
            CatalogueRows rows = new CatalogueRows(
                    Vocabulary.load(json), tagCodes(c), json, schedules.today(), schedules.windowEnd(), random);
            Totals totals = new Totals();
            for (int i = 0; i < municipalities.size(); i++) {
                if (counts[i] == 0) continue;
                Municipality m = municipalities.get(i);
                rows.add(m, points(c, areaIds.get(m.code()), counts[i], pointSeed(seed, m.code())));
                totals.municipalities++;
                if (rows.places.size() >= BATCH_PLACES) {
                    write(c, rows, totals);
                    progress.accept(progressLine(totals, places));
                }
            }
            if (!rows.places.isEmpty()) {
                write(c, rows, totals);
                progress.accept(progressLine(totals, places));
            }
            progress.accept("analysing the tables for the query planner");
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE organization, place, offer, occurrence, outbox, place_area");
            }
            return new Result(
                    totals.municipalities,
                    totals.organizations,
                    totals.places,
                    totals.offers,
                    totals.occurrences,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("generating failed: " + e.getMessage(), e);
        }
    }

    private static String progressLine(Totals totals, int places) {
        return "places %,d / %,d (%d%%)".formatted(totals.places, places, 100L * totals.places / places);
    }

    private static final class Totals {
        int municipalities;
        int organizations;
        int places;
        int offers;
        int occurrences;
    }

    /** Writes and commits one batch, then empties it. */
    private void write(Connection c, CatalogueRows rows, Totals totals) throws SQLException {
        long[] organizationIds = reserveIds(c, "organization", rows.organizations.size());
        long[] placeIds = reserveIds(c, "place", rows.places.size());
        long[] offerIds = reserveIds(c, "offer", rows.offers.size());

        try (CopyStream copy = new CopyStream(c, "organization (id, " + CatalogueRows.ORGANIZATION_COLUMNS + ")")) {
            for (int i = 0; i < organizationIds.length; i++) {
                copy.add(organizationIds[i]).addAll(rows.organizations.get(i)).endRow();
            }
            copy.finish();
        }
        try (CopyStream copy = new CopyStream(c, "place (id, organization_id, " + CatalogueRows.PLACE_COLUMNS + ")")) {
            for (int i = 0; i < placeIds.length; i++) {
                PlaceRow row = rows.places.get(i);
                copy.add(placeIds[i])
                        .add(organizationIds[row.organization()])
                        .addAll(row.columns())
                        .endRow();
            }
            copy.finish();
        }
        try (CopyStream copy = new CopyStream(c, "offer (id, place_id, " + CatalogueRows.OFFER_COLUMNS + ")")) {
            for (int i = 0; i < offerIds.length; i++) {
                OfferRow row = rows.offers.get(i);
                copy.add(offerIds[i])
                        .add(placeIds[row.place()])
                        .addAll(row.columns())
                        .endRow();
            }
            copy.finish();
        }
        int occurrences = writeOccurrences(c, rows.offers, offerIds);
        try (CopyStream copy = new CopyStream(c, "outbox (entity_type, entity_id)")) {
            for (long id : organizationIds) copy.add("ORGANIZATION").add(id).endRow();
            for (long id : placeIds) copy.add("PLACE").add(id).endRow();
            for (long id : offerIds) copy.add("OFFER").add(id).endRow();
            copy.finish();
        }
        writePlaceAreas(c, placeIds);
        c.commit();

        totals.organizations += organizationIds.length;
        totals.places += placeIds.length;
        totals.offers += offerIds.length;
        totals.occurrences += occurrences;
        rows.clear();
    }

    /**
     * The same rows {@link ScheduleService#materialise} writes for an offer, for the same window; an offer's
     * duplicates (which the service drops by ON CONFLICT) are dropped here before COPY.
     */
    private int writeOccurrences(Connection c, List<OfferRow> offers, long[] offerIds) throws SQLException {
        LocalDate from = schedules.today();
        LocalDate to = schedules.windowEnd();
        int written = 0;
        try (CopyStream copy = new CopyStream(
                c,
                "occurrence (offer_id, date, start_time, end_time, kind, title, expected_headcount, crowded,"
                        + " cancelled, cancellation_reason)")) {
            for (int i = 0; i < offerIds.length; i++) {
                OfferRow offer = offers.get(i);
                Set<List<Object>> seen = new HashSet<>();
                for (Occurrence o : schedules.between(offer.schedule(), offer.typicalHeadcount(), from, to)) {
                    if (!seen.add(List.of(o.date(), o.start(), o.end(), o.kind()))) continue;
                    copy.add(offerIds[i])
                            .add(o.date())
                            .add(o.start())
                            .add(o.end())
                            .add(o.kind().name())
                            .add(o.title())
                            .add(o.expectedHeadcount())
                            .add(o.crowded())
                            .add(o.cancelled())
                            .add(o.cancellationReason())
                            .endRow();
                    written++;
                }
            }
            copy.finish();
        }
        return written;
    }

    /** Every area of every layer the new places lie in, as the API keeps it for places it writes. */
    private static void writePlaceAreas(Connection c, long[] placeIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO place_area (place_id, area_id)"
                + " SELECT p.id, a.id FROM place p"
                + " JOIN area a ON ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))"
                + " WHERE p.id = ANY(?) ON CONFLICT DO NOTHING")) {
            s.setArray(1, c.createArrayOf("bigint", toObjects(placeIds)));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE place SET public_area_id = place_public_area(id)"
                + " WHERE sensitivity = 'AREA_ONLY' AND id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("bigint", toObjects(placeIds)));
            s.executeUpdate();
        }
    }

    /**
     * {@code n} ids taken from the table's identity sequence, so the rows can refer to each other before they are
     * written; COPY writes given values into an identity column (like OVERRIDING SYSTEM VALUE).
     */
    private static long[] reserveIds(Connection c, String table, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement s = c.prepareStatement(
                "SELECT nextval(q.sequence) FROM (SELECT pg_get_serial_sequence(?, 'id') AS sequence) q,"
                        + " generate_series(1, ?)")) {
            s.setString(1, table);
            s.setInt(2, n);
            try (ResultSet rs = s.executeQuery()) {
                for (int i = 0; rs.next(); i++) ids[i] = rs.getLong(1);
            }
        }
        return ids;
    }

    /**
     * {@code n} random points inside the area, or as many as PostGIS gives: for a multipolygon it shares the
     * points among the parts by area and rounds, so a second call with the next seed tops up a shortfall.
     */
    private static List<Point> points(Connection c, long areaId, int n, int seed) throws SQLException {
        List<Point> points = new ArrayList<>(n);
        try (PreparedStatement s = c.prepareStatement("SELECT ST_X(d.geom), ST_Y(d.geom)"
                + " FROM area, ST_Dump(ST_GeneratePoints(area.geom, ?, ?)) AS d WHERE area.id = ? ORDER BY d.path")) {
            for (int attempt = 0; points.size() < n && attempt < 5; attempt++) {
                s.setInt(1, n - points.size());
                s.setInt(2, seed + attempt);
                s.setLong(3, areaId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && points.size() < n) points.add(new Point(rs.getDouble(1), rs.getDouble(2)));
                }
            }
        }
        return points;
    }

    /** PostGIS wants a positive int seed; this one differs per municipality and run seed. */
    private static int pointSeed(long seed, String code) {
        return (int) Math.floorMod(seed * 100_003 + Long.parseLong(code), Integer.MAX_VALUE - 8L) + 1;
    }

    private static List<String> tagCodes(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM tag ORDER BY sort_order, code");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) codes.add(rs.getString(1));
        }
        return codes;
    }

    private static Long[] toObjects(long[] values) {
        Long[] objects = new Long[values.length];
        for (int i = 0; i < values.length; i++) objects[i] = values[i];
        return objects;
    }
}
