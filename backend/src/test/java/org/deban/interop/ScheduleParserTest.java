package org.deban.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.deban.schedule.Weekday;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The day and time columns as lists write them; what cannot be read exactly is refused, not guessed. */
class ScheduleParserTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "毎週水曜|WED|",
                "水曜日|WED|",
                "第1・3土曜|SAT|1 3",
                "第２・第４水曜日|WED|2 4",
                "毎月第3日曜|SUN|3",
                "最終金曜|FRI|-1",
                "月・水・金|MON WED FRI|",
                "月、水、金曜日|MON WED FRI|",
                "月～金|MON TUE WED THU FRI|",
                "土日|SAT SUN|",
                "平日|MON TUE WED THU FRI|",
                "毎日|MON TUE WED THU FRI SAT SUN|",
                "ｽ水曜|x|"
            })
    void readsTheDaysListsWrite(String text, String days, String weeks) {
        ScheduleParser.Days parsed = ScheduleParser.days(text);
        if (days.equals("x")) {
            assertThat(parsed.problem()).isNotNull();
            return;
        }
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.weekdays())
                .containsExactlyElementsOf(
                        List.of(days.split(" ")).stream().map(Weekday::valueOf).toList());
        assertThat(parsed.weeksOfMonth())
                .containsExactlyElementsOf(
                        weeks == null
                                ? List.of()
                                : List.of(weeks.split(" ")).stream()
                                        .map(Integer::valueOf)
                                        .toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"不定期", "隔週土曜", "土日祝", "第1土曜・第3日曜", "月1回", "夕方", "金～月"})
    void refusesWhatIsNotAWeeklyOrMonthlyRule(String text) {
        assertThat(ScheduleParser.days(text).problem()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "17:00,17:00",
        "１７：００,17:00",
        "17時,17:00",
        "17時30分,17:30",
        "9時半,09:30",
        "午後5時,17:00",
        "9:00:00,09:00",
        "0.75,18:00"
    })
    void readsTimes(String text, String expected) {
        assertThat(ScheduleParser.time(text)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"夕方", "25:00", "17時頃から", "24:00"})
    void refusesWhatIsNotATime(String text) {
        assertThat(ScheduleParser.time(text)).isNull();
    }
}
