package org.deban.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deban.ApiClient.body;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.deban.ApiClient;
import org.deban.Sql;
import org.deban.catalogue.offer.OccurrenceWindowJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schedules through the API: rules in, dates, words and calendars out, on the real database. */
@MicronautTest(transactional = false)
@Property(name = "deban.clock.fixed", value = "2026-09-10T01:00:00Z")
class ScheduleApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Inject
    OccurrenceWindowJob windowJob;

    ApiClient api;
    Sql sql;

    @BeforeEach
    void setUp() {
        api = new ApiClient(http);
        sql = new Sql(dataSource);
    }

    /** 第2・第4水曜 10:00–12:00, 祝日休み — the fixture's default schedule. */
    long salonOffer() {
        long org = api.id(api.post("/api/v1/organizations", Fixtures.organization("サロン会 " + UUID.randomUUID())));
        long place = api.id(api.post("/api/v1/places", Fixtures.place(org, "ふれあいサロン")));
        return api.id(api.post("/api/v1/offers", Fixtures.offer(place, "サロンに参加")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void S10_salonOnSecondAndFourthWednesdaySkipsTheAutumnEquinox() {
        long offer = salonOffer();

        Map<String, Object> body = api.ok(api.get("/api/v1/offers/" + offer));

        List<Map<String, Object>> next = (List<Map<String, Object>>) body.get("nextOccurrences");
        assertThat(next).extracting(o -> o.get("date")).containsExactly("2026-10-14", "2026-10-28", "2026-11-11");
        assertThat(next.getFirst()).containsEntry("start", "10:00").containsEntry("end", "12:00");
        assertThat(body.get("scheduleText")).isEqualTo("毎月第2・第4水曜 10:00〜12:00（祝日は休み）");
        assertThat(body.get("openingHours")).isEqualTo("We[2,4] 10:00-12:00; PH off");

        Map<String, Object> window =
                api.ok(api.get("/api/v1/offers/" + offer + "/occurrences?from=2026-09-01&to=2026-09-30"));
        assertThat((List<Map<String, Object>>) window.get("items"))
                .extracting(o -> o.get("date"))
                .containsExactly("2026-09-09");
    }

    @Test
    void materialisedWindowHoldsTheComingEightWeeks() {
        long offer = salonOffer();
        List<String> dates = sql.column("SELECT date::text FROM occurrence WHERE offer_id = ? ORDER BY date", offer);
        // 2026-09-10 … 2026-11-04: 9/23 is 秋分の日, so only 10/14 and 10/28 fall in the window.
        assertThat(dates).containsExactly("2026-10-14", "2026-10-28");
    }

    @Test
    void nightlyJobSlidesTheWindowOfOffersNobodyEditedAndQueuesThemForReindexing() {
        long offer = salonOffer();
        sql.update("UPDATE offer SET occurrences_until = date '2026-09-01' WHERE id = ?", offer);
        sql.update("DELETE FROM occurrence WHERE offer_id = ?", offer);
        long outboxBefore = count("SELECT count(*) FROM outbox WHERE entity_type = 'OFFER' AND entity_id = ?", offer);

        assertThat(windowJob.slide()).isGreaterThanOrEqualTo(1);

        assertThat(count("SELECT count(*) FROM occurrence WHERE offer_id = ?", offer))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox WHERE entity_type = 'OFFER' AND entity_id = ?", offer))
                .isEqualTo(outboxBefore + 1);
        assertThat(windowJob.slide())
                .as("nothing left to slide on the same day")
                .isZero();
    }

    @Test
    void icalendarExportOpensInAStrictParser() throws Exception {
        long offer = salonOffer();

        HttpResponse<String> response =
                http.toBlocking().exchange(HttpRequest.GET("/api/v1/offers/" + offer + ".ics"), String.class);

        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        assertThat(response.body()).contains("RRULE:FREQ=MONTHLY", "BYDAY=2WE,4WE", "EXDATE");
    }

    @Test
    void invalidRulesAreRefusedNamingTheField() {
        long org = api.id(api.post("/api/v1/organizations", Fixtures.organization("誤入力 " + UUID.randomUUID())));
        long place = api.id(api.post("/api/v1/places", Fixtures.place(org, "会場")));
        Map<String, Object> offer = Fixtures.offer(place, "壊れた予定");
        offer.put(
                "schedule",
                Map.of(
                        "rules",
                        List.of(Map.of(
                                "frequency", "MONTHLY",
                                "weekdays", List.of(),
                                "weeksOfMonth", List.of(31),
                                "start", "12:00",
                                "end", "10:00"))));

        HttpResponse<Map<String, Object>> response = api.post("/api/v1/offers", offer);

        assertThat(response.code()).isEqualTo(400);
        assertThat(CatalogueApiTest.fieldCodes(body(response)))
                .containsKeys(
                        "schedule.rules[0].weekdays", "schedule.rules[0].weeksOfMonth[0]", "schedule.rules[0].end");
        assertThat(api.ok(api.get("/api/v1/offers?placeId=" + place))).containsEntry("total", 0);
        assertThat(api.get("/api/v1/offers/" + salonOffer() + "/occurrences?from=2026-10-01&to=2026-09-01")
                        .code())
                .isEqualTo(400);
    }

    long count(String query, long id) {
        return sql.count(query, id);
    }
}
