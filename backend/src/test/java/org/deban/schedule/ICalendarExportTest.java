package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarExportTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T03:04:05Z"), ZoneOffset.UTC);

    private final ICalendarExport export = new ICalendarExport(CLOCK);

    @Test
    void shouldWriteASalonAsOneRecurringEventWithHolidayExcluded() {
        Schedule salon =
                Schedule.of(List.of(ScheduleRule.monthly(List.of(2, 4), List.of(Weekday.WED), TEN, NOON)), true);

        String ics = export.export(
                "offer-42@deban.example",
                "ふれあいサロン",
                "稲沢市祖父江町 公民館",
                salon,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 31),
                FakeHolidayCalendar.JAPAN);

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Deban//Deban//JA\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n", "TZOFFSETTO:+0900\r\n")
                .contains("UID:rule0-offer-42@deban.example\r\n", "DTSTAMP:20260901T030405Z\r\n")
                .contains("DTSTART;TZID=Asia/Tokyo:20260909T100000\r\n", "DTEND;TZID=Asia/Tokyo:20260909T120000\r\n")
                .contains("RRULE:FREQ=MONTHLY;UNTIL=20261223T010000Z;BYDAY=2WE,4WE\r\n")
                .contains("EXDATE;TZID=Asia/Tokyo:20260923T100000\r\n")
                .contains("SUMMARY:ふれあいサロン\r\n", "LOCATION:稲沢市祖父江町 公民館\r\n")
                .contains("DESCRIPTION:毎月第2・第4水曜 10:00〜12:00（祝日は休み）\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(count(ics, "BEGIN:VEVENT")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rrules")
    void shouldWriteRrule(ScheduleRule rule, String expected) {
        assertThat(ICalendarExport.rrule(rule, LocalDate.of(2027, 3, 31))).isEqualTo(expected);
    }

    static Stream<Arguments> rrules() {
        return Stream.of(
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.THU, Weekday.TUE), LocalTime.of(9, 30), NOON),
                        "FREQ=WEEKLY;UNTIL=20270331T003000Z;BYDAY=TU,TH"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(4, 2), List.of(Weekday.WED), TEN, NOON),
                        "FREQ=MONTHLY;UNTIL=20270331T010000Z;BYDAY=2WE,4WE"),
                Arguments.of(
                        ScheduleRule.weekly(List.of(Weekday.SAT), TEN, NOON).every(2, LocalDate.of(2026, 10, 3)),
                        "FREQ=WEEKLY;UNTIL=20270331T010000Z;INTERVAL=2;BYDAY=SA;WKST=MO"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(3), List.of(Weekday.SUN), TEN, NOON)
                                .every(2, LocalDate.of(2026, 1, 1)),
                        "FREQ=MONTHLY;UNTIL=20270331T010000Z;INTERVAL=2;BYDAY=3SU"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(-1), List.of(Weekday.FRI), LocalTime.of(8, 0), NOON),
                        "FREQ=MONTHLY;UNTIL=20270330T230000Z;BYDAY=-1FR"),
                Arguments.of(
                        ScheduleRule.monthly(List.of(1, 3), List.of(Weekday.SAT, Weekday.SUN), TEN, NOON),
                        "FREQ=MONTHLY;UNTIL=20270331T010000Z;BYDAY=1SA,1SU,3SA,3SU"));
    }

    @Test
    void shouldFoldLongLinesWithoutSplittingCharacters() throws Exception {
        String summary = "稲沢市社会福祉協議会・恩送り隊（ハイワード隊）による草刈りと雑木伐採のボランティア活動、第1・第3土曜";
        Schedule schedule = Schedule.of(List.of(ScheduleRule.weekly(List.of(Weekday.SAT), TEN, NOON)), false);

        String ics = export.export(
                "offer-7@deban.example",
                summary,
                null,
                schedule,
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                FakeHolidayCalendar.JAPAN);

        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            strictUtf8(octets);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary + "\r\n");
        assertThat(ics).doesNotContain("LOCATION");
    }

    @Test
    void shouldEscapeTextValues() {
        assertThat(ContentLines.text("カフェ, 食堂; 第1\n第3 \\ 終わり")).isEqualTo("カフェ\\, 食堂\\; 第1\\n第3 \\\\ 終わり");
        assertThat(ContentLines.text("一行目\r\n二行目")).isEqualTo("一行目\\n二行目");
    }

    @Test
    void shouldFoldAtExactlySeventyFiveOctets() {
        String ascii = "X".repeat(200);
        String[] lines = ContentLines.fold(ascii).split("\r\n");

        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).hasSize(75).startsWith(" ");
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(ascii);
        // 25 three-octet characters fill a line exactly; the 26th moves on.
        assertThat(ContentLines.fold("あ".repeat(26)).split("\r\n")[0]).hasSize(25);
        assertThat(ContentLines.fold("Aあ".repeat(30)).split("\r\n")[0].getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75);
    }

    @Test
    void shouldMatchTheExpanderForTheCatalogueExampleWhenParsedByIcal4j() throws Exception {
        Schedule schedule = ScheduleJsonTest.catalogueExample();
        LocalDate from = LocalDate.of(2026, 6, 1);
        LocalDate to = LocalDate.of(2027, 5, 31);

        String ics = export.export(
                "offer-1@deban.example", "サロン, 多世代食堂", "公民館; 2階", schedule, from, to, FakeHolidayCalendar.JAPAN);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        assertThat(calendar.getComponents("VEVENT")).hasSize(3);
        assertThat(instances(calendar, from, to)).isEqualTo(expected(schedule, from, to));
        assertThat(instances(calendar, from, to)).contains("2026-12-19 10:00 14:00", "2026-07-25 11:00 14:00");
    }

    @Test
    void shouldKeepCancelledEventsWithStatusAndReason() throws Exception {
        Schedule schedule = Schedule.of(List.of(), false)
                .withCancellations(List.of(new Cancellation(LocalDate.of(2026, 12, 19), "インフルエンザ流行のため中止します")))
                .withEvents(List.of(new ScheduledEvent(LocalDate.of(2026, 12, 19), TEN, NOON, "クリスマス会", 80)));

        String ics = export.export(
                "offer-2@deban.example",
                "子ども食堂",
                null,
                schedule,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                FakeHolidayCalendar.JAPAN);
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponents("VEVENT")
                .get(0);

        assertThat(event.<Property>getProperty("UID").orElseThrow().getValue())
                .isEqualTo("event20261219T100000-offer-2@deban.example");
        assertThat(event.<Property>getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(event.<Property>getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("【中止】子ども食堂：クリスマス会");
        assertThat(event.<Property>getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("中止：インフルエンザ流行のため中止します\n約80人");
    }

    @Test
    void shouldMatchTheExpanderForRandomSchedules() throws Exception {
        RandomSchedules random = new RandomSchedules(5545L);
        for (int n = 0; n < 150; n++) {
            Schedule schedule = random.next();
            String ics = export.export(
                    "offer-" + n + "@deban.example",
                    "テスト",
                    null,
                    schedule,
                    RandomSchedules.WINDOW_FROM,
                    RandomSchedules.WINDOW_TO,
                    FakeHolidayCalendar.JAPAN);
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

            assertThat(calendar.validate().hasErrors()).as(ics).isFalse();
            assertThat(instances(calendar, RandomSchedules.WINDOW_FROM, RandomSchedules.WINDOW_TO))
                    .as("schedule %s exported as%n%s", schedule, ics)
                    .isEqualTo(expected(schedule, RandomSchedules.WINDOW_FROM, RandomSchedules.WINDOW_TO));
        }
    }

    /** Every instance ical4j expands (RRULE minus EXDATE, single events), cancelled events left out, sorted. */
    private static List<String> instances(Calendar calendar, LocalDate from, LocalDate to) {
        Period<ZonedDateTime> window =
                new Period<>(from.atStartOfDay(TOKYO), to.plusDays(1).atStartOfDay(TOKYO));
        List<String> instances = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            boolean cancelled = event.<Property>getProperty("STATUS")
                    .map(s -> s.getValue().equals("CANCELLED"))
                    .orElse(false);
            if (cancelled) {
                continue;
            }
            for (Period<Temporal> period : event.<Temporal>calculateRecurrenceSet(window)) {
                ZonedDateTime start = ZonedDateTime.from(period.getStart()).withZoneSameInstant(TOKYO);
                ZonedDateTime end = ZonedDateTime.from(period.getEnd()).withZoneSameInstant(TOKYO);
                instances.add(start.toLocalDate() + " " + start.toLocalTime() + " " + end.toLocalTime());
            }
        }
        return instances.stream().sorted().toList();
    }

    private static List<String> expected(Schedule schedule, LocalDate from, LocalDate to) {
        return new ScheduleExpander(FakeHolidayCalendar.JAPAN)
                .expand(schedule, from, to, null, 30).stream()
                        .filter(o -> !o.cancelled())
                        .map(o -> o.date() + " " + o.start() + " " + o.end())
                        .sorted()
                        .toList();
    }

    private static void strictUtf8(byte[] octets) throws CharacterCodingException {
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(octets));
    }

    private static int count(String text, String needle) {
        return (text.length() - text.replace(needle, "").length()) / needle.length();
    }
}
