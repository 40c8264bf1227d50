package org.deban.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link JapaneseHolidays} against two published lists, kept in {@code src/test/resources/holidays}
 * with their licences: the Cabinet Office's official list 1955–2026 (via npm japanese-public-holidays),
 * which calls both substitute and citizens' holidays just 休日, and holiday-jp's list 1970–2050, which
 * tells them apart ("… 振替休日" and "休日").
 */
class JapaneseHolidaysTest {

    private static final SortedMap<LocalDate, String> OFFICIAL = read("cao_syukujitsu_1955_2026.csv");
    private static final SortedMap<LocalDate, String> HOLIDAY_JP = read("holiday_jp_1970_2050.csv");

    // Both lists word the days of the 2019 accession law, and 体育の日 of that year, their own way.
    private static final Map<LocalDate, String> LISTED_AS = Map.of(
            LocalDate.of(2019, 5, 1), "即位の日",
            LocalDate.of(2019, 10, 14), "体育の日",
            LocalDate.of(2019, 10, 22), "即位礼正殿の儀");

    private final JapaneseHolidays holidays = new JapaneseHolidays();

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialYears")
    void matchesTheOfficialList(int year) {
        // The official list names each holiday but calls every other day off just 休日, whatever its kind.
        assertSameDays(
                year,
                labelled(OFFICIAL, year, name -> name),
                computed(year, holiday -> holiday.kind() == Holiday.Kind.HOLIDAY ? holiday.name() : "休日"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialYearsInHolidayJp")
    void kindsMatchHolidayJp(int year) {
        assertSameDays(
                year,
                labelled(HOLIDAY_JP, year, JapaneseHolidaysTest::holidayJpLabel),
                computed(year, JapaneseHolidaysTest::label));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forecastYears")
    void forecastMatchesHolidayJp(int year) {
        // Not official: holiday-jp computes these years itself. Agreement shows that two implementations read
        // the law and the equinox formula alike, not what the government will announce.
        assertSameDays(
                year,
                labelled(HOLIDAY_JP, year, JapaneseHolidaysTest::holidayJpLabel),
                computed(year, JapaneseHolidaysTest::label));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-09-22 | CITIZENS   | 国民の休日     | Silver Week, between 敬老の日 and 秋分の日
            2015-09-22 | CITIZENS   | 国民の休日     | Silver Week
            2009-09-22 | CITIZENS   | 国民の休日     | the first Silver Week
            1988-05-04 | CITIZENS   | 国民の休日     | the first citizens' holiday, between 憲法記念日 and こどもの日
            2019-04-30 | CITIZENS   | 国民の休日     | between 昭和の日 and the accession day
            2019-05-01 | HOLIDAY    | 即位の日       | accession day, by special law
            2019-05-02 | CITIZENS   | 国民の休日     | between the accession day and 憲法記念日
            2019-10-22 | HOLIDAY    | 即位礼正殿の儀 | by special law
            1959-04-10 | HOLIDAY    | 結婚の儀       | by special law
            1973-04-30 | SUBSTITUTE | 振替休日       | the first substitute holiday
            1987-05-04 | SUBSTITUTE | 振替休日       | a substitute, not a citizens' holiday, before 2007
            2020-05-06 | SUBSTITUTE | 振替休日       | from 2007 a substitute skips 5/4 and 5/5
            2021-08-09 | SUBSTITUTE | 振替休日       | for 山の日 moved to Sunday 8/8 by the Olympics
            2023-01-02 | SUBSTITUTE | 振替休日       | for 元日 on a Sunday
            2020-07-24 | HOLIDAY    | スポーツの日   | moved for the Olympics
            2019-10-14 | HOLIDAY    | 体育の日       | the last 体育の日
            1988-04-29 | HOLIDAY    | 天皇誕生日     | the Shōwa emperor's birthday
            1989-04-29 | HOLIDAY    | みどりの日     | renamed after his death
            """)
    void namedDays(LocalDate date, Holiday.Kind kind, String name, String why) {
        assertThat(holidays.holiday(date)).as(why).contains(new Holiday(date, name, kind));
        assertThat(holidays.isHoliday(date)).as(why).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-11-24 | an ordinary Tuesday
            2026-11-22 | a Sunday is not a holiday
            1973-02-12 | 建国記念の日 fell on Sunday before substitutes existed
            1986-05-04 | a sandwiched Sunday was no citizens' holiday before 2007
            2019-12-23 | no 天皇誕生日 in 2019
            2020-10-12 | スポーツの日 had moved to July that year
            """)
    void ordinaryDays(LocalDate date, String why) {
        assertThat(holidays.isHoliday(date)).as(why).isFalse();
        assertThat(holidays.holiday(date)).as(why).isEmpty();
    }

    @Test
    void equinoxFormulaReproducesEveryAnnouncedDate() {
        // The formula answers for the years after the table, so it must agree wherever the table can check it.
        for (int year = Equinoxes.FIRST_TABLE_YEAR; year <= Equinoxes.LAST_TABLE_YEAR; year++) {
            assertThat(Equinoxes.springDayByFormula(year))
                    .as("春分 %d", year)
                    .isEqualTo(Equinoxes.spring(year).getDayOfMonth());
            assertThat(Equinoxes.autumnDayByFormula(year))
                    .as("秋分 %d", year)
                    .isEqualTo(Equinoxes.autumn(year).getDayOfMonth());
        }
    }

    @Test
    void everyYearIsSortedAndAgreesWithTheDayByDayAnswer() {
        for (int year = JapaneseHolidays.FIRST_YEAR; year <= JapaneseHolidays.LAST_YEAR; year++) {
            int inYear = year;
            List<Holiday> list = holidays.holidaysIn(year);
            assertThat(list)
                    .extracting(Holiday::date)
                    .isSorted()
                    .doesNotHaveDuplicates()
                    .allMatch(date -> date.getYear() == inYear);
            List<Holiday> dayByDay = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                holidays.holiday(d).ifPresent(dayByDay::add);
            }
            assertThat(dayByDay).as("%d", year).isEqualTo(list);
            assertThat(list)
                    .as("%d: no substitute or citizens' holiday falls on a Sunday", year)
                    .filteredOn(h -> h.kind() != Holiday.Kind.HOLIDAY)
                    .noneMatch(h -> h.date().getDayOfWeek() == DayOfWeek.SUNDAY);
        }
    }

    @Test
    void rejectsYearsItCannotAnswerFor() {
        assertThatThrownBy(() -> holidays.holidaysIn(JapaneseHolidays.FIRST_YEAR - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(JapaneseHolidays.LAST_YEAR + 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesEachYearOnceEvenWhenThreadsAskTogether() throws Exception {
        Callable<List<Holiday>> ask = () -> holidays.holidaysIn(2030);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Holiday>>> answers = pool.invokeAll(Collections.nCopies(32, ask));
            List<Holiday> first = answers.get(0).get();
            for (Future<List<Holiday>> answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
            assertThatThrownBy(() -> first.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
        } finally {
            pool.shutdownNow();
        }
    }

    static IntStream officialYears() {
        return IntStream.rangeClosed(1955, 2026);
    }

    static IntStream officialYearsInHolidayJp() {
        return IntStream.rangeClosed(1970, 2026);
    }

    static IntStream forecastYears() {
        return IntStream.rangeClosed(2027, 2050);
    }

    private static String label(Holiday holiday) {
        return switch (holiday.kind()) {
            case HOLIDAY -> holiday.name();
            case SUBSTITUTE -> "SUBSTITUTE";
            case CITIZENS -> "CITIZENS";
        };
    }

    private static String holidayJpLabel(String name) {
        if (name.endsWith(" 振替休日")) {
            return "SUBSTITUTE";
        }
        return name.equals("休日") ? "CITIZENS" : name;
    }

    private SortedMap<LocalDate, String> computed(int year, Function<Holiday, String> label) {
        var days = new TreeMap<LocalDate, String>();
        holidays.holidaysIn(year).forEach(holiday -> days.put(holiday.date(), label.apply(holiday)));
        return days;
    }

    private static SortedMap<LocalDate, String> labelled(
            SortedMap<LocalDate, String> list, int year, Function<String, String> label) {
        var days = new TreeMap<LocalDate, String>();
        list.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .forEach((date, name) -> days.put(date, LISTED_AS.getOrDefault(date, label.apply(name))));
        return days;
    }

    private static void assertSameDays(
            int year, SortedMap<LocalDate, String> expected, SortedMap<LocalDate, String> actual) {
        var missing = new TreeMap<>(expected);
        missing.keySet().removeAll(actual.keySet());
        var extra = new TreeMap<>(actual);
        extra.keySet().removeAll(expected.keySet());
        var different = new TreeMap<LocalDate, String>();
        expected.forEach((date, label) -> {
            if (actual.containsKey(date) && !actual.get(date).equals(label)) {
                different.put(date, "expected " + label + " but was " + actual.get(date));
            }
        });
        assertThat(expected).as("%d is in the list", year).isNotEmpty();
        assertThat(actual)
                .withFailMessage("%d: missing %s, extra %s, different %s", year, missing, extra, different)
                .isEqualTo(expected);
    }

    private static SortedMap<LocalDate, String> read(String file) {
        var days = new TreeMap<LocalDate, String>();
        try (InputStream in = Objects.requireNonNull(
                        JapaneseHolidaysTest.class.getResourceAsStream("/holidays/" + file), file);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            // Some of these CSVs begin with a byte-order mark; readLine already drops the \r of CRLF lines.
            String header = reader.readLine().replace("\uFEFF", "");
            assertThat(header).isEqualTo("date,name");
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", 2);
                    days.put(LocalDate.parse(cells[0].trim()), cells[1].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
