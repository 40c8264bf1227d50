package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpeningHoursExportTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldWriteOpeningHours(String why, Schedule schedule, Optional<String> expected) {
        assertThat(OpeningHoursExport.toOpeningHours(schedule)).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        ScheduleRule salon = ScheduleRule.monthly(List.of(2, 4), List.of(Weekday.WED), TEN, NOON);
        ScheduleRule saturdays13 = ScheduleRule.monthly(List.of(1, 3), List.of(Weekday.SAT), ELEVEN, TWO_PM);
        ScheduleRule everySaturday = ScheduleRule.weekly(List.of(Weekday.SAT), ELEVEN, TWO_PM);
        Season summer = new Season("夏休み", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 31), List.of(everySaturday));
        return Stream.of(
                expect("salon, closed on holidays", Schedule.of(List.of(salon), true), "We[2,4] 10:00-12:00; PH off"),
                expect(
                        "weekly",
                        Schedule.of(
                                List.of(ScheduleRule.weekly(
                                        List.of(Weekday.TUE, Weekday.THU), LocalTime.of(9, 30), LocalTime.of(11, 30))),
                                false),
                        "Tu,Th 09:30-11:30"),
                expect(
                        "weekday range",
                        Schedule.of(
                                List.of(ScheduleRule.weekly(
                                        List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI),
                                        LocalTime.of(9, 0),
                                        LocalTime.of(17, 0))),
                                false),
                        "Mo-Fr 09:00-17:00"),
                expect(
                        "season covering the regular weekday needs no off",
                        Schedule.of(List.of(saturdays13), false).withSeasons(List.of(summer)),
                        "Sa[1,3] 11:00-14:00; 2026 Jul 20-Aug 31 Sa 11:00-14:00"),
                expect(
                        "season on other days closes the range first",
                        Schedule.of(List.of(salon), false).withSeasons(List.of(summer)),
                        "We[2,4] 10:00-12:00; 2026 Jul 20-Aug 31 off; 2026 Jul 20-Aug 31 Sa 11:00-14:00"),
                expect(
                        "season only (夏休みのみ)",
                        Schedule.of(List.of(), true).withSeasons(List.of(summer)),
                        "2026 Jul 20-Aug 31 Sa 11:00-14:00; PH off"),
                expect(
                        "closed season across the year end with closures",
                        Schedule.of(List.of(salon), true)
                                .withSeasons(List.of(new Season(
                                        "冬休み", LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 7), List.of())))
                                .withClosures(List.of(
                                        new Closure("年末年始", "12-29", "01-03"), new Closure("お盆", "08-13", "08-16"))),
                        "We[2,4] 10:00-12:00; 2026 Dec 20-2027 Jan 07 off; PH off; Dec 29-Jan 03 off; "
                                + "Aug 13-Aug 16 off"),
                expect(
                        "last and several weekdays",
                        Schedule.of(
                                List.of(ScheduleRule.monthly(
                                        List.of(-1, 1), List.of(Weekday.SUN, Weekday.FRI), TEN, NOON)),
                                false),
                        "Fr[1,-1],Su[1,-1] 10:00-12:00"),
                expect(
                        "two windows on the same days",
                        Schedule.of(
                                List.of(
                                        ScheduleRule.weekly(
                                                List.of(Weekday.TUE), LocalTime.of(13, 0), LocalTime.of(15, 0)),
                                        ScheduleRule.weekly(List.of(Weekday.TUE), TEN, NOON)),
                                false),
                        "Tu 10:00-12:00,13:00-15:00"),
                expect(
                        "odd months",
                        Schedule.of(
                                List.of(ScheduleRule.monthly(List.of(3), List.of(Weekday.SUN), TEN, NOON)
                                        .every(2, LocalDate.of(2026, 1, 1))),
                                false),
                        "Jan,Mar,May,Jul,Sep,Nov Su[3] 10:00-12:00"),
                none(
                        "隔週 has no exact form",
                        Schedule.of(List.of(everySaturday.every(2, LocalDate.of(2026, 10, 3))), false)),
                none("every 5 months", Schedule.of(List.of(saturdays13.every(5, LocalDate.of(2026, 1, 3))), false)),
                none(
                        "overlapping days with different times",
                        Schedule.of(
                                List.of(
                                        everySaturday,
                                        ScheduleRule.monthly(List.of(1), List.of(Weekday.SAT), TEN, NOON)),
                                false)),
                none(
                        "last overlaps a 4th",
                        Schedule.of(
                                List.of(
                                        ScheduleRule.monthly(List.of(4), List.of(Weekday.SAT), TEN, NOON),
                                        ScheduleRule.monthly(List.of(-1), List.of(Weekday.SAT), ELEVEN, TWO_PM)),
                                false)),
                none(
                        "validity bounds",
                        Schedule.of(List.of(salon), false).withValidity(LocalDate.of(2026, 4, 1), null)),
                none(
                        "events only",
                        Schedule.of(List.of(), false)
                                .withEvents(List.of(
                                        new ScheduledEvent(LocalDate.of(2026, 12, 19), TEN, TWO_PM, "クリスマス会", 80)))));
    }

    private static Arguments expect(String why, Schedule schedule, String openingHours) {
        return Arguments.of(why, schedule, Optional.of(openingHours));
    }

    private static Arguments none(String why, Schedule schedule) {
        return Arguments.of(why, schedule, Optional.empty());
    }
}
