package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.deban.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleValidatorTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final List<Weekday> WED = List.of(Weekday.WED);

    @Test
    void shouldAcceptTheCatalogueExample() {
        assertThat(ScheduleValidator.validate(ScheduleJsonTest.catalogueExample()))
                .isEmpty();
    }

    @Test
    void shouldAcceptFifthWeekdayAloneAndLastWeekday() {
        Schedule schedule = Schedule.of(
                List.of(
                        ScheduleRule.monthly(List.of(5), WED, TEN, NOON),
                        ScheduleRule.monthly(List.of(1, -1), List.of(Weekday.FRI), TEN, NOON)),
                false);

        assertThat(ScheduleValidator.validate(schedule)).isEmpty();
    }

    @Test
    void shouldPrefixPathsForImports() {
        Schedule schedule = Schedule.of(List.of(ScheduleRule.weekly(List.of(), TEN, NOON)), false);

        assertThat(ScheduleValidator.validate(schedule, "offers[3].schedule"))
                .extracting(FieldError::field)
                .containsExactly("offers[3].schedule.rules[0].weekdays");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSchedules")
    void shouldRefuse(String why, Schedule schedule, String field, String code) {
        List<FieldError> errors = ScheduleValidator.validate(schedule);

        assertThat(errors).extracting(e -> e.field() + " " + e.code()).containsExactly(field + " " + code);
        assertThat(errors.get(0).message()).isNotBlank().matches(".*[ぁ-んァ-ン一-龥].*");
    }

    static Stream<Arguments> invalidSchedules() {
        return Stream.of(
                refuse(
                        "empty weekdays",
                        rules(ScheduleRule.weekly(List.of(), TEN, NOON)),
                        "schedule.rules[0].weekdays",
                        "REQUIRED"),
                refuse(
                        "duplicate weekday",
                        rules(ScheduleRule.weekly(List.of(Weekday.WED, Weekday.WED), TEN, NOON)),
                        "schedule.rules[0].weekdays",
                        "INVALID_VALUE"),
                refuse(
                        "weeksOfMonth on WEEKLY",
                        rules(new ScheduleRule(Frequency.WEEKLY, WED, List.of(2), 1, null, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth",
                        "INVALID_VALUE"),
                refuse(
                        "MONTHLY without weeksOfMonth",
                        rules(ScheduleRule.monthly(List.of(), WED, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth",
                        "REQUIRED"),
                refuse(
                        "6th Wednesday",
                        rules(ScheduleRule.monthly(List.of(2, 6), WED, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth[1]",
                        "OUT_OF_RANGE"),
                refuse(
                        "0th Wednesday",
                        rules(ScheduleRule.monthly(List.of(0), WED, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth[0]",
                        "OUT_OF_RANGE"),
                refuse(
                        "second-to-last",
                        rules(ScheduleRule.monthly(List.of(-2), WED, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth[0]",
                        "OUT_OF_RANGE"),
                refuse(
                        "duplicate week",
                        rules(ScheduleRule.monthly(List.of(2, 2), WED, TEN, NOON)),
                        "schedule.rules[0].weeksOfMonth",
                        "INVALID_VALUE"),
                refuse(
                        "end equals start",
                        rules(ScheduleRule.weekly(WED, TEN, TEN)),
                        "schedule.rules[0].end",
                        "INVALID_VALUE"),
                refuse(
                        "end before start",
                        rules(ScheduleRule.weekly(WED, NOON, TEN)),
                        "schedule.rules[0].end",
                        "INVALID_VALUE"),
                refuse(
                        "negative interval",
                        rules(new ScheduleRule(Frequency.WEEKLY, WED, List.of(), -1, null, TEN, NOON)),
                        "schedule.rules[0].interval",
                        "OUT_OF_RANGE"),
                refuse(
                        "interval 13",
                        rules(ScheduleRule.weekly(WED, TEN, NOON).every(13, LocalDate.of(2026, 1, 7))),
                        "schedule.rules[0].interval",
                        "OUT_OF_RANGE"),
                refuse(
                        "隔週 without anchor",
                        rules(new ScheduleRule(Frequency.WEEKLY, WED, List.of(), 2, null, TEN, NOON)),
                        "schedule.rules[0].anchor",
                        "REQUIRED"),
                refuse(
                        "season rule checked with its own path",
                        Schedule.of(List.of(), false)
                                .withSeasons(List.of(new Season(
                                        "夏休み",
                                        LocalDate.of(2026, 7, 20),
                                        LocalDate.of(2026, 8, 31),
                                        List.of(ScheduleRule.weekly(WED, NOON, TEN))))),
                        "schedule.seasons[0].rules[0].end",
                        "INVALID_VALUE"),
                refuse(
                        "season from after to",
                        seasons(new Season("夏休み", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 7, 20), List.of())),
                        "schedule.seasons[0].to",
                        "INVALID_VALUE"),
                refuse(
                        "season without name",
                        seasons(new Season(" ", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 31), List.of())),
                        "schedule.seasons[0].name",
                        "REQUIRED"),
                refuse(
                        "overlapping seasons",
                        seasons(
                                new Season("夏休み", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 31), List.of()),
                                new Season("お盆", LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 16), List.of())),
                        "schedule.seasons[1].from",
                        "INVALID_VALUE"),
                refuse(
                        "closure day not MM-dd",
                        closures(new Closure("年末年始", "12/29", "01-03")),
                        "schedule.closures[0].from",
                        "INVALID_FORMAT"),
                refuse(
                        "closure day one digit",
                        closures(new Closure("年末年始", "12-29", "1-3")),
                        "schedule.closures[0].to",
                        "INVALID_FORMAT"),
                refuse(
                        "closure on 02-30",
                        closures(new Closure("休み", "02-30", "03-01")),
                        "schedule.closures[0].from",
                        "INVALID_FORMAT"),
                refuse(
                        "closure without day",
                        closures(new Closure("お盆", "08-13", "")),
                        "schedule.closures[0].to",
                        "REQUIRED"),
                refuse(
                        "validFrom after validUntil",
                        Schedule.of(List.of(), false).withValidity(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 3, 31)),
                        "schedule.validUntil",
                        "INVALID_VALUE"),
                refuse(
                        "event end before start",
                        events(new ScheduledEvent(LocalDate.of(2026, 12, 19), NOON, TEN, "クリスマス会", 80)),
                        "schedule.events[0].end",
                        "INVALID_VALUE"),
                refuse(
                        "negative headcount",
                        events(new ScheduledEvent(LocalDate.of(2026, 12, 19), TEN, NOON, "クリスマス会", -1)),
                        "schedule.events[0].expectedHeadcount",
                        "OUT_OF_RANGE"),
                refuse(
                        "event outside validity",
                        Schedule.of(List.of(), false)
                                .withEvents(
                                        List.of(new ScheduledEvent(LocalDate.of(2027, 4, 10), TEN, NOON, null, null)))
                                .withValidity(null, LocalDate.of(2027, 3, 31)),
                        "schedule.events[0].date",
                        "INVALID_VALUE"),
                refuse(
                        "cancellation without reason",
                        cancellations(new Cancellation(LocalDate.of(2026, 12, 5), "  ")),
                        "schedule.cancellations[0].reason",
                        "REQUIRED"),
                refuse(
                        "cancellation twice",
                        cancellations(
                                new Cancellation(LocalDate.of(2026, 12, 5), "台風"),
                                new Cancellation(LocalDate.of(2026, 12, 5), "台風接近")),
                        "schedule.cancellations[1].date",
                        "INVALID_VALUE"));
    }

    private static Arguments refuse(String why, Schedule schedule, String field, String code) {
        return Arguments.of(why, schedule, field, code);
    }

    private static Schedule rules(ScheduleRule... rules) {
        return Schedule.of(List.of(rules), false);
    }

    private static Schedule seasons(Season... seasons) {
        return Schedule.of(List.of(), false).withSeasons(List.of(seasons));
    }

    private static Schedule closures(Closure... closures) {
        return Schedule.of(List.of(), false).withClosures(List.of(closures));
    }

    private static Schedule cancellations(Cancellation... cancellations) {
        return Schedule.of(List.of(), false).withCancellations(List.of(cancellations));
    }

    private static Schedule events(ScheduledEvent... events) {
        return Schedule.of(List.of(), false).withEvents(List.of(events));
    }
}
