package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleExpanderTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final int CROWD = 30;

    private final ScheduleExpander expander = new ScheduleExpander(FakeHolidayCalendar.JAPAN);

    @Test
    void shouldSkipAutumnEquinoxForSecondAndFourthWednesdaySalon() {
        Schedule salon =
                Schedule.of(List.of(ScheduleRule.monthly(List.of(2, 4), List.of(Weekday.WED), TEN, NOON)), true);

        List<Occurrence> next = expander.upcoming(salon, LocalDate.of(2026, 9, 10), 3, null, CROWD);

        assertThat(next)
                .extracting(Occurrence::date)
                .containsExactly(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 11));
        assertThat(next).allSatisfy(o -> {
            assertThat(o.start()).isEqualTo(TEN);
            assertThat(o.end()).isEqualTo(NOON);
            assertThat(o.kind()).isEqualTo(Occurrence.Kind.REGULAR);
            assertThat(o.cancelled()).isFalse();
        });
    }

    @Test
    void shouldSkipAutumnEquinoxWithTheRealHolidayCalendar() {
        Schedule salon =
                Schedule.of(List.of(ScheduleRule.monthly(List.of(2, 4), List.of(Weekday.WED), TEN, NOON)), true);

        List<Occurrence> next =
                new ScheduleExpander(new JapaneseHolidays()).upcoming(salon, LocalDate.of(2026, 9, 10), 3, null, CROWD);

        assertThat(next)
                .extracting(Occurrence::date)
                .containsExactly(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 11));
    }

    @Test
    void shouldKeepHolidayWhenNotClosedOnHolidays() {
        Schedule salon = Schedule.of(List.of(ScheduleRule.monthly(List.of(4), List.of(Weekday.WED), TEN, NOON)), false);

        assertThat(dates(salon, "2026-09-01", "2026-09-30")).containsExactly(LocalDate.of(2026, 9, 23));
    }

    @Test
    void shouldFindLastAndOnlyExistingFifthWeekdays() {
        Schedule last = Schedule.of(List.of(ScheduleRule.monthly(List.of(-1), List.of(Weekday.FRI), TEN, NOON)), false);
        Schedule fifth = Schedule.of(List.of(ScheduleRule.monthly(List.of(5), List.of(Weekday.FRI), TEN, NOON)), false);

        assertThat(dates(last, "2026-01-01", "2026-03-31"))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
        // Fridays of 2026: five in January and May, four in February to April.
        assertThat(dates(fifth, "2026-01-01", "2026-05-31"))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 5, 29));
    }

    @Test
    void shouldCountAlternateWeeksFromTheAnchorsWeek() {
        // Anchor on a Wednesday: the Saturday of that week is "on", even though it comes after the anchor.
        Schedule biweekly = Schedule.of(
                List.of(ScheduleRule.weekly(List.of(Weekday.SAT), TEN, NOON).every(2, LocalDate.of(2026, 10, 7))),
                false);

        assertThat(dates(biweekly, "2026-09-20", "2026-11-01"))
                .containsExactly(LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 24));
    }

    @Test
    void shouldCountAlternateMonthsFromTheAnchorsMonth() {
        Schedule oddMonths = Schedule.of(
                List.of(ScheduleRule.monthly(List.of(3), List.of(Weekday.SUN), TEN, NOON)
                        .every(2, LocalDate.of(2027, 1, 1))),
                false);

        assertThat(dates(oddMonths, "2026-06-01", "2026-12-31"))
                .containsExactly(LocalDate.of(2026, 7, 19), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 11, 15));
    }

    @Test
    void shouldSkipClosuresAcrossTheYearEnd() {
        Schedule daily = Schedule.of(List.of(ScheduleRule.weekly(List.of(Weekday.values()), TEN, NOON)), false)
                .withClosures(List.of(new Closure("年末年始", "12-29", "01-03")));

        assertThat(dates(daily, "2026-12-27", "2027-01-05"))
                .containsExactly(
                        LocalDate.of(2026, 12, 27),
                        LocalDate.of(2026, 12, 28),
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 5));
    }

    @Test
    void shouldReplaceRegularRulesInsideASeason() {
        Schedule schedule = ScheduleJsonTest.catalogueExample();

        List<Occurrence> summer =
                expander.expand(schedule, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31), null, CROWD);

        assertThat(summer)
                .extracting(Occurrence::date)
                .containsExactly(
                        LocalDate.of(2026, 7, 8), // 2nd Wednesday, before the season
                        LocalDate.of(2026, 7, 25),
                        LocalDate.of(2026, 8, 1),
                        LocalDate.of(2026, 8, 8),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 8, 22),
                        LocalDate.of(2026, 8, 29));
        assertThat(summer.get(1).start()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void shouldKeepEventsOnHolidaysAndMarkCancellationsWithTheirReason() {
        Schedule schedule = Schedule.of(List.of(ScheduleRule.weekly(List.of(Weekday.MON), TEN, NOON)), true)
                .withClosures(List.of(new Closure("年末年始", "12-29", "01-03")))
                .withCancellations(List.of(
                        new Cancellation(LocalDate.of(2026, 11, 2), "会場点検のため休みます"),
                        new Cancellation(LocalDate.of(2026, 12, 30), "講師の都合で中止します")))
                .withEvents(List.of(
                        new ScheduledEvent(
                                LocalDate.of(2026, 11, 23), LocalTime.of(9, 0), LocalTime.of(15, 0), "勤労感謝の日まつり", 120),
                        new ScheduledEvent(LocalDate.of(2026, 12, 30), TEN, NOON, "もちつき", null)));

        List<Occurrence> all =
                expander.expand(schedule, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), 12, CROWD);

        assertThat(all)
                .filteredOn(o -> o.kind() == Occurrence.Kind.REGULAR)
                .extracting(Occurrence::date)
                .endsWith(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28));
        Occurrence cancelled = all.get(0);
        assertThat(cancelled.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancellationReason()).isEqualTo("会場点検のため休みます");
        // 11/23 is 勤労感謝の日: the Monday is skipped, the festival is not.
        assertThat(all)
                .filteredOn(o -> o.date().equals(LocalDate.of(2026, 11, 23)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(Occurrence.Kind.EVENT);
                    assertThat(o.title()).isEqualTo("勤労感謝の日まつり");
                    assertThat(o.expectedHeadcount()).isEqualTo(120);
                    assertThat(o.crowded()).isTrue();
                });
        // In the closure, the event still takes place unless cancelled, and then says why.
        assertThat(all)
                .filteredOn(o -> o.date().equals(LocalDate.of(2026, 12, 30)))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.kind()).isEqualTo(Occurrence.Kind.EVENT);
                    assertThat(o.expectedHeadcount()).isEqualTo(12);
                    assertThat(o.crowded()).isFalse();
                    assertThat(o.cancellationReason()).isEqualTo("講師の都合で中止します");
                });
        assertThat(all)
                .filteredOn(o -> o.kind() == Occurrence.Kind.REGULAR)
                .allSatisfy(o -> assertThat(o.expectedHeadcount()).isEqualTo(12));
    }

    @Test
    void shouldRespectValidityAndSortByDateAndTime() {
        Schedule schedule = Schedule.of(
                        List.of(
                                ScheduleRule.weekly(List.of(Weekday.TUE), LocalTime.of(13, 0), LocalTime.of(15, 0)),
                                ScheduleRule.weekly(List.of(Weekday.TUE, Weekday.THU), TEN, NOON)),
                        false)
                .withValidity(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 8));

        List<Occurrence> all =
                expander.expand(schedule, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, CROWD);

        assertThat(all)
                .extracting(o -> o.date() + " " + o.start())
                .containsExactly("2026-10-06 10:00", "2026-10-06 13:00", "2026-10-08 10:00");
        assertThat(all).allSatisfy(o -> {
            assertThat(o.expectedHeadcount()).isNull();
            assertThat(o.crowded()).isFalse();
        });
    }

    @Test
    void shouldNotRepeatTheSameWindowFromTwoRules() {
        Schedule schedule = Schedule.of(
                List.of(
                        ScheduleRule.weekly(List.of(Weekday.WED), TEN, NOON),
                        ScheduleRule.monthly(List.of(2), List.of(Weekday.WED), TEN, NOON)),
                false);

        assertThat(dates(schedule, "2026-10-01", "2026-10-31"))
                .containsExactly(
                        LocalDate.of(2026, 10, 7),
                        LocalDate.of(2026, 10, 14),
                        LocalDate.of(2026, 10, 21),
                        LocalDate.of(2026, 10, 28));
    }

    @Test
    void shouldCountCrowdFromTheThreshold() {
        Schedule schedule = Schedule.of(List.of(), false)
                .withEvents(List.of(
                        new ScheduledEvent(LocalDate.of(2026, 12, 19), TEN, NOON, "クリスマス会", 30),
                        new ScheduledEvent(LocalDate.of(2026, 12, 20), TEN, NOON, "片付け", 29)));

        assertThat(expander.expand(schedule, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, 30))
                .extracting(Occurrence::crowded)
                .containsExactly(true, false);
    }

    @Test
    void shouldReturnNothingForAnEmptyOrInvertedWindow() {
        Schedule salon = Schedule.of(List.of(ScheduleRule.weekly(List.of(Weekday.WED), TEN, NOON)), false);

        assertThat(expander.expand(salon, LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 1), null, CROWD))
                .isEmpty();
        assertThat(expander.upcoming(Schedule.of(List.of(), false), LocalDate.of(2026, 10, 1), 3, null, CROWD))
                .isEmpty();
    }

    private List<LocalDate> dates(Schedule schedule, String from, String to) {
        return expander.expand(schedule, LocalDate.parse(from), LocalDate.parse(to), null, CROWD).stream()
                .map(Occurrence::date)
                .toList();
    }
}
