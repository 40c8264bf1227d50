package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every schedule of the demo data must read, validate, and go through every output, with the real holiday
 * calculator: the demo is what people first see. (The iCalendar output itself is checked against a parser in
 * {@link ICalendarExportTest}.)
 */
class DemoSchedulesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2028, 3, 31);

    @Test
    void shouldHandleEveryDemoSchedule() throws Exception {
        ObjectMapper json = ObjectMapper.getDefault();
        JapaneseHolidays holidays = new JapaneseHolidays();
        ScheduleExpander expander = new ScheduleExpander(holidays);
        ICalendarExport ics = new ICalendarExport(Clock.systemUTC());
        List<Schedule> schedules = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/demo/inazawa.json")) {
            JsonNode root = json.readValue(in, JsonNode.class);
            for (JsonNode offer : root.get("offers").values()) {
                JsonNode schedule = offer.get("schedule");
                if (schedule != null && !schedule.isNull()) {
                    schedules.add(json.readValueFromTree(schedule, Schedule.class));
                }
            }
        }
        assertThat(schedules).isNotEmpty();
        for (Schedule schedule : schedules) {
            assertThat(ScheduleValidator.validate(schedule)).as("%s", schedule).isEmpty();
            List<Occurrence> occurrences = expander.expand(schedule, FROM, TO, 10, 30);
            if (schedule.equals(Schedule.EMPTY)) {
                // 随時・要相談 (venues, on-request roles): nothing to say, no dates.
                assertThat(ScheduleText.describe(schedule)).isEmpty();
                assertThat(occurrences).isEmpty();
                continue;
            }
            assertThat(ScheduleText.describe(schedule)).as("%s", schedule).isNotBlank();
            assertThat(occurrences).as("%s", schedule).isNotEmpty();
            String calendar = ics.export("demo@deban.example", "デモ", null, schedule, FROM, TO, holidays);
            assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT");
            OpeningHoursExport.toOpeningHours(schedule); // must not throw; empty is a valid answer
        }
    }
}
