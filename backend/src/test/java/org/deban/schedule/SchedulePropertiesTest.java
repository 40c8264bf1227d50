package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Invariants over many random valid schedules, each checked against a second, deliberately different way of
 * computing the same thing (closed days enumerated per year, nth weekday via {@link TemporalAdjusters}).
 */
class SchedulePropertiesTest {

    private static final int SCHEDULES = 300;
    private static final HolidayCalendar HOLIDAYS = FakeHolidayCalendar.JAPAN;

    private final ScheduleExpander expander = new ScheduleExpander(HOLIDAYS);

    @Test
    void shouldHoldForRandomSchedules() {
        RandomSchedules random = new RandomSchedules(20261014L);
        int regular = 0;
        for (int n = 0; n < SCHEDULES; n++) {
            Schedule schedule = random.next();
            assertThat(ScheduleValidator.validate(schedule))
                    .as("generated schedule %s", schedule)
                    .isEmpty();
            List<Occurrence> occurrences =
                    expander.expand(schedule, RandomSchedules.WINDOW_FROM, RandomSchedules.WINDOW_TO, 20, 30);
            checkOccurrences(schedule, occurrences);
            regular += (int) occurrences.stream()
                    .filter(o -> o.kind() == Occurrence.Kind.REGULAR)
                    .count();
        }
        assertThat(regular)
                .as("the generator must produce plenty of regular days")
                .isGreaterThan(5_000);
    }

    private void checkOccurrences(Schedule schedule, List<Occurrence> occurrences) {
        Set<LocalDate> closed = closedDays(schedule);
        Set<String> actualRegular = new HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            String where = o + " from " + schedule;
            if (i > 0) {
                assertThat(Occurrence.CHRONOLOGICAL.compare(occurrences.get(i - 1), o))
                        .as(where)
                        .isLessThanOrEqualTo(0);
            }
            assertThat(o.date()).as(where).isBetween(RandomSchedules.WINDOW_FROM, RandomSchedules.WINDOW_TO);
            assertThat(schedule.validFrom() == null || !o.date().isBefore(schedule.validFrom()))
                    .as(where)
                    .isTrue();
            assertThat(schedule.validUntil() == null || !o.date().isAfter(schedule.validUntil()))
                    .as(where)
                    .isTrue();
            Cancellation cancellation = schedule.cancellations().stream()
                    .filter(c -> c.date().equals(o.date()))
                    .findFirst()
                    .orElse(null);
            assertThat(o.cancelled()).as(where).isEqualTo(cancellation != null);
            assertThat(o.cancellationReason()).as(where).isEqualTo(cancellation == null ? null : cancellation.reason());
            assertThat(o.crowded()).as(where).isEqualTo(o.expectedHeadcount() != null && o.expectedHeadcount() >= 30);
            if (o.kind() == Occurrence.Kind.EVENT) {
                continue;
            }
            assertThat(closed).as(where).doesNotContain(o.date());
            assertThat(o.expectedHeadcount()).isEqualTo(20);
            boolean seasonal = o.start().getMinute() % 30 == 15;
            Season season = seasonOf(schedule, o.date());
            assertThat(season != null)
                    .as("season rule in its season, regular rule outside: " + where)
                    .isEqualTo(seasonal);
            List<ScheduleRule> rules = season == null ? schedule.rules() : season.rules();
            assertThat(rules)
                    .as("a rule in force with this weekday and this nth: " + where)
                    .anySatisfy(rule -> {
                        assertThat(rule.start()).isEqualTo(o.start());
                        assertThat(rule.end()).isEqualTo(o.end());
                        assertThat(oracleMatches(rule, o.date())).isTrue();
                    });
            assertThat(actualRegular.add(o.date() + " " + o.start() + " " + o.end()))
                    .as("no duplicate " + where)
                    .isTrue();
        }
        assertThat(actualRegular)
                .as("every open day of every rule, from " + schedule)
                .isEqualTo(expectedRegular(schedule, closed));
    }

    private static Set<String> expectedRegular(Schedule schedule, Set<LocalDate> closed) {
        Set<String> expected = new HashSet<>();
        for (LocalDate d = RandomSchedules.WINDOW_FROM; !d.isAfter(RandomSchedules.WINDOW_TO); d = d.plusDays(1)) {
            boolean valid = (schedule.validFrom() == null || !d.isBefore(schedule.validFrom()))
                    && (schedule.validUntil() == null || !d.isAfter(schedule.validUntil()));
            if (!valid || closed.contains(d)) {
                continue;
            }
            Season season = seasonOf(schedule, d);
            for (ScheduleRule rule : season == null ? schedule.rules() : season.rules()) {
                if (oracleMatches(rule, d)) {
                    expected.add(d + " " + rule.start() + " " + rule.end());
                }
            }
        }
        return expected;
    }

    private static Season seasonOf(Schedule schedule, LocalDate date) {
        for (Season season : schedule.seasons()) {
            if (!date.isBefore(season.from()) && !date.isAfter(season.to())) {
                return season;
            }
        }
        return null;
    }

    /** Holidays under 祝日休み plus every day of every closure, walked day by day from its start in each year. */
    private static Set<LocalDate> closedDays(Schedule schedule) {
        Set<LocalDate> closed = new HashSet<>();
        for (LocalDate d = RandomSchedules.WINDOW_FROM; !d.isAfter(RandomSchedules.WINDOW_TO); d = d.plusDays(1)) {
            if (schedule.closedOnHolidays() && HOLIDAYS.isHoliday(d)) {
                closed.add(d);
            }
        }
        for (Closure closure : schedule.closures()) {
            MonthDay from = closure.fromDay();
            MonthDay to = closure.toDay();
            for (int year = 2025; year <= 2027; year++) {
                if (!from.isValidYear(year)) {
                    continue;
                }
                LocalDate day = from.atYear(year);
                while (true) {
                    closed.add(day);
                    if (MonthDay.from(day).equals(to)) {
                        break;
                    }
                    day = day.plusDays(1);
                }
            }
        }
        return closed;
    }

    /** The rule's pattern, computed another way than {@link ScheduleRule#matches}. */
    private static boolean oracleMatches(ScheduleRule rule, LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (rule.weekdays().stream().noneMatch(w -> w.toDayOfWeek() == dow)) {
            return false;
        }
        if (rule.frequency() == Frequency.MONTHLY) {
            boolean nth = rule.weeksOfMonth().stream()
                    .anyMatch(n -> n == -1
                            ? date.equals(date.with(TemporalAdjusters.lastInMonth(dow)))
                            : date.equals(date.with(TemporalAdjusters.dayOfWeekInMonth(n, dow))));
            if (!nth) {
                return false;
            }
        }
        if (rule.interval() == 1) {
            return true;
        }
        LocalDate anchor = rule.anchor();
        long distance = rule.frequency() == Frequency.WEEKLY
                ? (mondayEpochDay(date) - mondayEpochDay(anchor)) / 7
                : (date.getYear() * 12L + date.getMonthValue()) - (anchor.getYear() * 12L + anchor.getMonthValue());
        return distance % rule.interval() == 0;
    }

    private static long mondayEpochDay(LocalDate date) {
        return date.toEpochDay() - (date.getDayOfWeek().getValue() - 1);
    }
}
