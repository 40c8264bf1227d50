package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleTextTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void shouldDescribeRule(ScheduleRule rule, String expected) {
        assertThat(ScheduleText.describe(rule)).isEqualTo(expected);
    }

    static Stream<Arguments> rules() {
        List<Weekday> sun = List.of(Weekday.SUN);
        return Stream.of(
                Arguments.of(
                        ScheduleRule.monthly(List.of(4, 2), List.of(Weekday.WED), TEN, NOON), "毎月第2・第4水曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.weekly(
                                List.of(Weekday.THU, Weekday.TUE), LocalTime.of(9, 30), LocalTime.of(11, 30)),
                        "毎週火・木曜 9:30〜11:30"),
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.SAT), TEN, NOON).every(2, LocalDate.of(2026, 10, 3)),
                        "隔週土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.SAT), TEN, NOON).every(3, LocalDate.of(2026, 10, 3)),
                        "3週ごとの土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(3), sun, TEN, NOON).every(2, LocalDate.of(2026, 1, 18)),
                        "隔月（奇数月）第3日曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(3), sun, TEN, NOON).every(2, LocalDate.of(2026, 12, 20)),
                        "隔月（偶数月）第3日曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(1), List.of(Weekday.SAT), TEN, NOON)
                                .every(3, LocalDate.of(2026, 11, 7)),
                        "2・5・8・11月の第1土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(1), List.of(Weekday.SAT), TEN, NOON)
                                .every(12, LocalDate.of(2026, 4, 4)),
                        "毎年4月の第1土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(1), List.of(Weekday.SAT), TEN, NOON)
                                .every(5, LocalDate.of(2026, 4, 4)),
                        "5か月ごとの第1土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(
                                List.of(-1), List.of(Weekday.FRI), LocalTime.of(18, 0), LocalTime.of(20, 30)),
                        "毎月最終金曜 18:00〜20:30"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(-1, 1), List.of(Weekday.FRI), TEN, NOON), "毎月第1・最終金曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(1, 3), List.of(Weekday.SUN, Weekday.SAT), TEN, NOON),
                        "毎月第1・第3土・日曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.weekly(
                                List.of(Weekday.FRI, Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU),
                                LocalTime.of(9, 0),
                                LocalTime.of(17, 0)),
                        "毎週月〜金曜 9:00〜17:00"),
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.SAT), TEN, NOON),
                        "毎週月〜水・土曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.values()), TEN, LocalTime.of(16, 0)), "毎日 10:00〜16:00"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("schedules")
    void shouldDescribeSchedule(Schedule schedule, String expected) {
        assertThat(ScheduleText.describe(schedule)).isEqualTo(expected);
    }

    static Stream<Arguments> schedules() {
        ScheduleRule salon = ScheduleRule.monthly(List.of(2, 4), List.of(Weekday.WED), TEN, NOON);
        Season summer = new Season(
                "夏休み",
                LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 8, 31),
                List.of(ScheduleRule.weekly(List.of(Weekday.SAT), LocalTime.of(11, 0), LocalTime.of(14, 0))));
        return Stream.of(
                Arguments.of(Schedule.of(List.of(salon), true), "毎月第2・第4水曜 10:00〜12:00（祝日は休み）"),
                Arguments.of(
                        Schedule.of(
                                List.of(
                                        salon,
                                        ScheduleRule.weekly(
                                                List.of(Weekday.FRI), LocalTime.of(13, 30), LocalTime.of(15, 0))),
                                false),
                        "毎月第2・第4水曜 10:00〜12:00、毎週金曜 13:30〜15:00"),
                Arguments.of(
                        Schedule.of(
                                List.of(
                                        ScheduleRule.weekly(
                                                List.of(
                                                        Weekday.FRI,
                                                        Weekday.MON,
                                                        Weekday.TUE,
                                                        Weekday.WED,
                                                        Weekday.THU),
                                                LocalTime.of(9, 30),
                                                NOON),
                                        ScheduleRule.weekly(
                                                List.of(
                                                        Weekday.MON,
                                                        Weekday.TUE,
                                                        Weekday.WED,
                                                        Weekday.THU,
                                                        Weekday.FRI),
                                                LocalTime.of(13, 0),
                                                LocalTime.of(15, 30))),
                                true),
                        "毎週月〜金曜 9:30〜12:00、13:00〜15:30（祝日は休み）"),
                Arguments.of(
                        Schedule.of(List.of(), true).withSeasons(List.of(summer)),
                        "夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00（祝日は休み）"),
                Arguments.of(
                        Schedule.of(List.of(salon), false)
                                .withSeasons(List.of(new Season(
                                        "冬休み", LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 7), List.of()))),
                        "毎月第2・第4水曜 10:00〜12:00。冬休み（12/20〜1/7）は休み"),
                Arguments.of(
                        Schedule.of(List.of(), false)
                                .withEvents(List.of(
                                        new ScheduledEvent(
                                                LocalDate.of(2026, 12, 19), TEN, LocalTime.of(14, 0), "クリスマス会", 80),
                                        new ScheduledEvent(
                                                LocalDate.of(2026, 8, 1),
                                                LocalTime.of(17, 0),
                                                LocalTime.of(19, 0),
                                                null,
                                                null))),
                        "8/1 17:00〜19:00。12/19 クリスマス会 10:00〜14:00（約80人）"),
                Arguments.of(
                        Schedule.of(List.of(salon), false)
                                .withValidity(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)),
                        "2026/4/1から2027/3/31まで。毎月第2・第4水曜 10:00〜12:00"),
                Arguments.of(
                        Schedule.of(List.of(salon), false).withValidity(LocalDate.of(2026, 4, 1), null),
                        "2026/4/1から。毎月第2・第4水曜 10:00〜12:00"),
                Arguments.of(
                        ScheduleJsonTest.catalogueExample(),
                        "毎月第2・第4水曜 10:00〜12:00（祝日は休み）。夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00。"
                                + "年末年始（12/29〜1/3）は休み。12/19 クリスマス会 10:00〜14:00（約80人）。"
                                + "12/5 中止（台風接近のため中止します）"));
    }

    @Test
    void shouldLeavePastEventsAndCancellationsOutFromToday() {
        assertThat(ScheduleText.describe(ScheduleJsonTest.catalogueExample(), LocalDate.of(2026, 12, 6)))
                .isEqualTo("毎月第2・第4水曜 10:00〜12:00（祝日は休み）。夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00。"
                        + "年末年始（12/29〜1/3）は休み。12/19 クリスマス会 10:00〜14:00（約80人）");
    }

    @Test
    void shouldSayNothingForAnEmptySchedule() {
        assertThat(ScheduleText.describe(Schedule.of(List.of(), true))).isEmpty();
    }

    @Test
    void shouldGiveOneLinePerStatement() {
        assertThat(ScheduleText.lines(ScheduleJsonTest.catalogueExample(), null))
                .containsExactly(
                        "毎月第2・第4水曜 10:00〜12:00（祝日は休み）",
                        "夏休み（7/20〜8/31）は毎週土曜 11:00〜14:00",
                        "年末年始（12/29〜1/3）は休み",
                        "12/19 クリスマス会 10:00〜14:00（約80人）",
                        "12/5 中止（台風接近のため中止します）");
    }
}
