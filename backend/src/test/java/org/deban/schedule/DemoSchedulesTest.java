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

    private List<Schedule> demoSchedules() throws Exception {
        ObjectMapper json = ObjectMapper.getDefault();
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
        return schedules;
    }

    @Test
    void demoUsesEveryRuleShape() throws Exception {
        List<Schedule> schedules = demoSchedules();
        List<ScheduleRule> rules = schedules.stream()
                .flatMap(s -> java.util.stream.Stream.concat(
                        s.rules().stream(), s.seasons().stream().flatMap(season -> season.rules().stream())))
                .toList();
        assertThat(rules).as("毎週").anyMatch(r -> r.frequency() == Frequency.WEEKLY && r.interval() == 1);
        assertThat(rules).as("隔週").anyMatch(r -> r.frequency() == Frequency.WEEKLY && r.interval() == 2);
        assertThat(rules)
                .as("第n曜日")
                .anyMatch(r ->
                        r.frequency() == Frequency.MONTHLY && r.weeksOfMonth().contains(2));
        assertThat(rules).as("最終").anyMatch(r -> r.weeksOfMonth().contains(-1));
        assertThat(rules).as("隔月").anyMatch(r -> r.frequency() == Frequency.MONTHLY && r.interval() == 2);
        assertThat(schedules).as("期間").anyMatch(s -> !s.seasons().isEmpty());
        assertThat(schedules)
                .as("期間のみ")
                .anyMatch(s -> s.rules().isEmpty() && !s.seasons().isEmpty());
        assertThat(schedules).as("祝日休み").anyMatch(Schedule::closedOnHolidays);
        assertThat(schedules)
                .as("年末年始")
                .anyMatch(s -> s.closures().stream().anyMatch(c -> c.name().equals("年末年始")));
        assertThat(schedules)
                .as("お盆")
                .anyMatch(s -> s.closures().stream().anyMatch(c -> c.name().equals("お盆")));
        assertThat(schedules).as("中止").anyMatch(s -> !s.cancellations().isEmpty());
        assertThat(schedules)
                .as("イベント（混雑）")
                .anyMatch(s -> s.events().stream()
                        .anyMatch(e -> e.expectedHeadcount() != null && e.expectedHeadcount() >= 30));
    }

    @Test
    void shouldHandleEveryDemoSchedule() throws Exception {
        JapaneseHolidays holidays = new JapaneseHolidays();
        ScheduleExpander expander = new ScheduleExpander(holidays);
        ICalendarExport ics = new ICalendarExport(Clock.systemUTC());
        List<Schedule> schedules = demoSchedules();
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
