package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.serde.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {

    /** The example of docs/catalogue-model.md, section "Schedule". */
    static final String CATALOGUE_EXAMPLE = """
            {
              "rules": [
                { "frequency": "MONTHLY", "weekdays": ["WED"], "weeksOfMonth": [2, 4],
                  "start": "10:00", "end": "12:00" }
              ],
              "seasons": [
                { "name": "夏休み", "from": "2026-07-20", "to": "2026-08-31",
                  "rules": [ { "frequency": "WEEKLY", "weekdays": ["SAT"], "start": "11:00", "end": "14:00" } ] }
              ],
              "closedOnHolidays": true,
              "closures": [ { "name": "年末年始", "from": "12-29", "to": "01-03" } ],
              "cancellations": [ { "date": "2026-12-05", "reason": "台風接近のため中止します" } ],
              "events": [ { "date": "2026-12-19", "start": "10:00", "end": "14:00",
                            "title": "クリスマス会", "expectedHeadcount": 80 } ],
              "validFrom": null,
              "validUntil": null
            }
            """;

    private final ObjectMapper json = ObjectMapper.getDefault();

    @Test
    void shouldReadTheCatalogueExample() throws Exception {
        Schedule schedule = json.readValue(CATALOGUE_EXAMPLE, Schedule.class);

        assertThat(schedule).isEqualTo(catalogueExample());
        assertThat(schedule.rules().get(0).interval()).isEqualTo(1);
        assertThat(ScheduleValidator.validate(schedule)).isEmpty();
    }

    @Test
    void shouldRoundTripWithWireSpellings() throws Exception {
        Schedule schedule = catalogueExample();
        Schedule biweekly = Schedule.of(
                        List.of(ScheduleRule.weekly(List.of(Weekday.SAT), LocalTime.of(9, 30), LocalTime.of(11, 30))
                                .every(2, LocalDate.of(2026, 10, 3))),
                        false)
                .withValidity(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

        String written = json.writeValueAsString(schedule);

        assertThat(written)
                .contains(
                        "\"weekdays\":[\"WED\"]",
                        "\"start\":\"10:00\"",
                        "\"from\":\"12-29\"",
                        "\"from\":\"2026-07-20\"",
                        "\"weeksOfMonth\":[2,4]")
                .doesNotContain("WEDNESDAY", "10:00:00");
        assertThat(json.readValue(written, Schedule.class)).isEqualTo(schedule);
        String written2 = json.writeValueAsString(biweekly);
        assertThat(written2)
                .contains(
                        "\"anchor\":\"2026-10-03\"",
                        "\"interval\":2",
                        "\"start\":\"09:30\"",
                        "\"validFrom\":\"2026-04-01\"");
        assertThat(json.readValue(written2, Schedule.class)).isEqualTo(biweekly);
    }

    @Test
    void shouldTreatMissingListsAndNullElementsAsEmpty() throws Exception {
        Schedule schedule = json.readValue("""
                {"rules": [{"frequency": "WEEKLY", "weekdays": ["TUE", null], "start": "09:30", "end": "11:30"}],
                 "closures": null}
                """, Schedule.class);

        assertThat(schedule.rules().get(0).weekdays()).containsExactly(Weekday.TUE);
        assertThat(schedule.rules().get(0).weeksOfMonth()).isEmpty();
        assertThat(schedule.seasons()).isEmpty();
        assertThat(schedule.closures()).isEmpty();
        assertThat(schedule.cancellations()).isEmpty();
        assertThat(schedule.events()).isEmpty();
    }

    @Test
    void shouldLeaveMissingFieldsToTheValidator() throws Exception {
        Schedule schedule = json.readValue("{\"rules\": [{\"weekdays\": []}]}", Schedule.class);

        assertThat(ScheduleValidator.validate(schedule))
                .extracting(e -> e.field() + " " + e.code())
                .containsExactlyInAnyOrder(
                        "schedule.rules[0].frequency REQUIRED",
                        "schedule.rules[0].weekdays REQUIRED",
                        "schedule.rules[0].start REQUIRED",
                        "schedule.rules[0].end REQUIRED");
    }

    @Test
    void shouldRefuseJavaDayNames() {
        assertThatThrownBy(() -> json.readValue(
                        "{\"rules\": [{\"frequency\": \"WEEKLY\", \"weekdays\": [\"MONDAY\"]}]}", Schedule.class))
                .hasMessageContaining("MONDAY");
    }

    @Test
    void shouldWriteOccurrencesWithShortTimes() throws Exception {
        Occurrence occurrence = new Occurrence(
                LocalDate.of(2026, 12, 19),
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                Occurrence.Kind.EVENT,
                "クリスマス会",
                80,
                true,
                false,
                null);

        String written = json.writeValueAsString(occurrence);

        assertThat(written).contains("\"start\":\"10:00\"", "\"kind\":\"EVENT\"", "\"crowded\":true");
        assertThat(json.readValue(written, Occurrence.class)).isEqualTo(occurrence);
    }

    static Schedule catalogueExample() {
        return Schedule.of(
                        List.of(ScheduleRule.monthly(
                                List.of(2, 4), List.of(Weekday.WED), LocalTime.of(10, 0), LocalTime.of(12, 0))),
                        true)
                .withSeasons(List.of(new Season(
                        "夏休み",
                        LocalDate.of(2026, 7, 20),
                        LocalDate.of(2026, 8, 31),
                        List.of(ScheduleRule.weekly(List.of(Weekday.SAT), LocalTime.of(11, 0), LocalTime.of(14, 0))))))
                .withClosures(List.of(new Closure("年末年始", "12-29", "01-03")))
                .withCancellations(List.of(new Cancellation(LocalDate.of(2026, 12, 5), "台風接近のため中止します")))
                .withEvents(List.of(new ScheduledEvent(
                        LocalDate.of(2026, 12, 19), LocalTime.of(10, 0), LocalTime.of(14, 0), "クリスマス会", 80)));
    }
}
