package org.deban.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.deban.Sql;
import org.deban.schedule.Frequency;
import org.deban.schedule.Schedule;
import org.deban.schedule.ScheduleService;
import org.deban.schedule.ScheduleValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A small national run on the real database: where the places land, what the offers look like, what else is written. */
@MicronautTest(transactional = false)
@Property(name = "deban.clock.fixed", value = "2026-09-10T01:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalGeneratorTest {
    static final int PLACES = 240;
    static final LocalDate TODAY = LocalDate.of(2026, 9, 10);

    @Inject
    NationalGenerator generator;

    @Inject
    DataSource dataSource;

    @Inject
    JsonMapper json;

    @Inject
    ScheduleService schedules;

    Sql sql;
    long firstPlace;
    long lastPlace;
    long firstOffer;
    long lastOffer;
    NationalGenerator.Result result;
    List<String> progress = new ArrayList<>();

    @BeforeAll
    void generate() {
        sql = new Sql(dataSource);
        firstPlace = maxId("place") + 1;
        firstOffer = maxId("offer") + 1;
        result = generator.generate(PLACES, 42, progress::add);
        lastPlace = maxId("place");
        lastOffer = maxId("offer");
    }

    @Test
    void everyPlaceLiesInTheMunicipalityItsAddressNamesAndIsFiledUnderIt() {
        assertThat(result.places()).isEqualTo(PLACES);
        assertThat(sql.count("SELECT count(*) FROM place WHERE id BETWEEN ? AND ?", firstPlace, lastPlace))
                .isEqualTo(PLACES);
        Map<String, String> codeByAddressPrefix = new HashMap<>();
        Municipalities.read(json).forEach(m -> codeByAddressPrefix.put(m.prefecture() + m.name(), m.code()));

        Set<String> prefectures = new TreeSet<>();
        for (String row :
                sql.column("SELECT id || ' ' || address FROM place WHERE id BETWEEN ? AND ?", firstPlace, lastPlace)) {
            long id = Long.parseLong(row.substring(0, row.indexOf(' ')));
            String address = row.substring(row.indexOf(' ') + 1);
            String code = codeByAddressPrefix.keySet().stream()
                    .filter(address::startsWith)
                    .max(Comparator.comparingInt(String::length))
                    .map(codeByAddressPrefix::get)
                    .orElseThrow(() -> new AssertionError("no municipality for " + address));
            prefectures.add(code.substring(0, 2));
            assertThat(sql.count(
                            "SELECT count(*) FROM place p JOIN area a ON a.layer = 'municipality' AND a.code = ?"
                                    + " JOIN place_area pa ON pa.place_id = p.id AND pa.area_id = a.id"
                                    + " WHERE p.id = ? AND ST_Covers(a.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))",
                            code,
                            id))
                    .as("place %d at %s", id, address)
                    .isEqualTo(1);
        }
        assertThat(prefectures).as("prefecture codes").hasSizeGreaterThan(20);
        assertThat(progress).contains("places 240 / 240 (100%)");
    }

    @Test
    void noPlaceLiesInTheNorthernTerritories() throws Exception {
        assertThat(sql.count(
                        "SELECT count(*) FROM area WHERE layer = 'municipality' AND code BETWEEN '01695' AND '01700'"))
                .isZero();
        assertThat(sql.count("SELECT count(*) FROM area WHERE layer = 'municipality' AND code = '01403'"))
                .as("後志の泊村")
                .isEqualTo(1);
        Map<String, String> territories = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/" + Municipalities.RESOURCE)) {
            for (JsonNode feature :
                    json.readValue(in, JsonNode.class).get("features").values()) {
                JsonNode code = feature.get("properties").get("N03_007");
                if (code.isString() && Municipalities.NORTHERN_TERRITORIES.contains(code.getStringValue())) {
                    territories.put(
                            feature.get("properties").get("N03_004").getStringValue(),
                            new String(json.writeValueAsBytes(feature.get("geometry")), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(territories).containsOnlyKeys("色丹村", "泊村", "留夜別村", "留別村", "紗那村", "蘂取村");
        for (String geometry : territories.values()) {
            assertThat(sql.count(
                            "SELECT count(*) FROM place WHERE id BETWEEN ? AND ? AND ST_Covers(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)),"
                                    + " ST_SetSRID(ST_MakePoint(lon, lat), 4326))",
                            firstPlace,
                            lastPlace,
                            geometry))
                    .isZero();
        }
    }

    @Test
    void offersComeInEveryTypeAndModeWithSchedulesTheModuleAccepts() throws Exception {
        assertThat(sql.column("SELECT DISTINCT type FROM offer WHERE id BETWEEN ? AND ?", firstOffer, lastOffer))
                .containsExactlyInAnyOrder("PARTICIPATION", "VOLUNTEER_ROLE", "WORK_EXPERIENCE", "VENUE");
        assertThat(sql.column("SELECT DISTINCT mode FROM offer WHERE id BETWEEN ? AND ?", firstOffer, lastOffer))
                .containsExactlyInAnyOrder("ON_SITE", "REMOTE");
        List<Schedule> parsed = new ArrayList<>();
        for (String text :
                sql.column("SELECT schedule::text FROM offer WHERE id BETWEEN ? AND ?", firstOffer, lastOffer)) {
            Schedule schedule = json.readValue(text, Schedule.class);
            assertThat(ScheduleValidator.validate(schedule)).as(text).isEmpty();
            parsed.add(schedule);
        }
        assertThat(parsed).hasSize(result.offers());
        assertThat(parsed)
                .as("毎週")
                .anyMatch(
                        s -> s.rules().stream().anyMatch(r -> r.frequency() == Frequency.WEEKLY && r.interval() == 1));
        assertThat(parsed)
                .as("隔週")
                .anyMatch(
                        s -> s.rules().stream().anyMatch(r -> r.frequency() == Frequency.WEEKLY && r.interval() == 2));
        assertThat(parsed)
                .as("第n曜日")
                .anyMatch(s -> s.rules().stream()
                        .anyMatch(r -> r.frequency() == Frequency.MONTHLY
                                && r.interval() == 1
                                && !r.weeksOfMonth().contains(-1)));
        assertThat(parsed)
                .as("最終")
                .anyMatch(s -> s.rules().stream().anyMatch(r -> r.weeksOfMonth().contains(-1)));
        assertThat(parsed)
                .as("隔月・3か月ごと")
                .anyMatch(
                        s -> s.rules().stream().anyMatch(r -> r.frequency() == Frequency.MONTHLY && r.interval() > 1));
        assertThat(parsed).as("期間").anyMatch(s -> !s.seasons().isEmpty());
        assertThat(parsed)
                .as("イベントのみ")
                .anyMatch(s -> s.rules().isEmpty() && !s.events().isEmpty());
        assertThat(parsed).as("随時").anyMatch(s -> s.equals(Schedule.EMPTY));
        assertThat(parsed).as("祝日休み").anyMatch(Schedule::closedOnHolidays);
        assertThat(parsed).as("年末年始").anyMatch(s -> !s.closures().isEmpty());
        assertThat(parsed).as("中止").anyMatch(s -> !s.cancellations().isEmpty());
        assertThat(parsed).as("有効期間").anyMatch(s -> s.validFrom() != null || s.validUntil() != null);
    }

    @Test
    void occurrencesAreThoseTheScheduleServiceWouldMaterialise() throws Exception {
        assertThat(sql.count("SELECT count(*) FROM occurrence WHERE offer_id BETWEEN ? AND ?", firstOffer, lastOffer))
                .isEqualTo(result.occurrences())
                .isPositive();
        assertThat(sql.count(
                        "SELECT count(*) FROM offer WHERE id BETWEEN ? AND ? AND occurrences_until <> ?",
                        firstOffer,
                        lastOffer,
                        schedules.windowEnd()))
                .isZero();
        for (String row : sql.column(
                "SELECT id || ' ' || schedule::text FROM offer WHERE id BETWEEN ? AND ? ORDER BY id LIMIT 40",
                firstOffer,
                lastOffer)) {
            long id = Long.parseLong(row.substring(0, row.indexOf(' ')));
            Schedule schedule = json.readValue(row.substring(row.indexOf(' ') + 1), Schedule.class);
            List<String> expected = schedules.between(schedule, null, TODAY, schedules.windowEnd()).stream()
                    .map(o -> o.date() + " " + o.start() + "-" + o.end() + " " + o.kind() + " " + o.cancelled())
                    .distinct()
                    .toList();
            assertThat(sql.column(
                            "SELECT date || ' ' || to_char(start_time, 'HH24:MI') || '-' || to_char(end_time, 'HH24:MI')"
                                    + " || ' ' || kind || ' ' || cancelled FROM occurrence WHERE offer_id = ?",
                            id))
                    .as("offer %d", id)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyRowIsQueuedForTheIndexerAndPlacesAreMixedLikeRealOnes() {
        assertThat(sql.count(
                        "SELECT count(*) FROM outbox WHERE entity_type = 'PLACE' AND entity_id BETWEEN ? AND ?",
                        firstPlace,
                        lastPlace))
                .isEqualTo(PLACES);
        assertThat(sql.count(
                        "SELECT count(*) FROM outbox WHERE entity_type = 'OFFER' AND entity_id BETWEEN ? AND ?",
                        firstOffer,
                        lastOffer))
                .isEqualTo(result.offers());
        assertThat(sql.count(
                        "SELECT count(*) FROM outbox o JOIN place p ON p.organization_id = o.entity_id"
                                + " WHERE o.entity_type = 'ORGANIZATION' AND p.id BETWEEN ? AND ?",
                        firstPlace,
                        lastPlace))
                .isEqualTo(PLACES);
        assertThat(sql.column("SELECT DISTINCT status FROM place WHERE id BETWEEN ? AND ?", firstPlace, lastPlace))
                .containsExactlyInAnyOrder("ACTIVE", "PAUSED", "ENDED");
        assertThat(sql.column("SELECT DISTINCT sensitivity FROM place WHERE id BETWEEN ? AND ?", firstPlace, lastPlace))
                .containsExactlyInAnyOrder("EXACT", "AREA_ONLY");
        assertThat(sql.count(
                        "SELECT count(*) FROM place WHERE id BETWEEN ? AND ? AND last_confirmed_on NOT BETWEEN ? AND ?",
                        firstPlace,
                        lastPlace,
                        TODAY.minusYears(2),
                        TODAY))
                .isZero();
        assertThat(result.organizations()).isBetween(PLACES / 3, PLACES);
    }

    @Test
    void theSameSeedGivesTheSameNamesAndPoints() {
        assertThat(run(30, 7)).isEqualTo(run(30, 7)).isNotEqualTo(run(30, 8));
    }

    private List<String> run(int places, long seed) {
        long first = maxId("place") + 1;
        generator.generate(places, seed, line -> {});
        return sql.column(
                "SELECT name || ' ' || address || ' ' || lon || ' ' || lat FROM place WHERE id >= ? ORDER BY id",
                first);
    }

    private long maxId(String table) {
        return sql.count("SELECT coalesce(max(id), 0) FROM " + table);
    }
}
