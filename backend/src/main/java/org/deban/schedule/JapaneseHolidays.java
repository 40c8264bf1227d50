package org.deban.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;

/**
 * Japan's national holidays from 1955 to 2099, as 国民の祝日に関する法律 (with each amendment in force
 * in its year) and the special laws for imperial ceremonies define them.
 *
 * <p>The holidays are computed from the law rather than read from a list, because the Cabinet Office
 * publishes only up to the next year while schedules reach further; this also keeps the class free of
 * files and network at run time. Each year is computed on first use and cached, since schedules ask
 * about the same few years over and over; the cache is safe to share between threads, so one instance
 * can serve the whole application.
 *
 * <p>Years not yet announced are a forecast: their equinoxes come from the usual formula (see {@link
 * Equinoxes}), and the law may still be amended or a special law add a day.
 *
 * <p>{@link #isHoliday} answers only for holidays: Sundays and Saturdays are not holidays here.
 */
public final class JapaneseHolidays implements HolidayCalendar {

    /** The first year answered for: the official list the tests check begins here. */
    public static final int FIRST_YEAR = 1955;

    /** The last year answered for: the equinox formula holds up to here. */
    public static final int LAST_YEAR = 2099;

    private static final String SUBSTITUTE_NAME = "振替休日";
    private static final String CITIZENS_NAME = "国民の休日";

    // The 1973 amendment, in force from 12 April 1973, introduced the substitute holiday.
    private static final LocalDate SUBSTITUTES_FROM = LocalDate.of(1973, 4, 12);
    // The 1985 amendment, in force from 27 December 1985, introduced the citizens' holiday.
    private static final LocalDate CITIZENS_FROM = LocalDate.of(1985, 12, 27);
    // The 2005 amendment, in force from 2007: a substitute skips over following holidays, and a
    // sandwiched Sunday is no longer excluded from being a citizens' holiday.
    private static final LocalDate AMENDMENT_2007 = LocalDate.of(2007, 1, 1);

    private static final int OPEN = Integer.MAX_VALUE;

    // Every 国民の祝日 and special-law day, with the years each rule was in force. Rules for the same
    // name succeed each other as the law was amended; one-off years (the Olympics) are spelled out.
    private static final List<Rule> RULES = List.of(
            fixed("元日", 1, 1, 1949, OPEN),
            fixed("成人の日", 1, 15, 1949, 1999),
            monday("成人の日", 1, 2, 2000, OPEN), // Happy Monday, 1998 amendment
            fixed("建国記念の日", 2, 11, 1967, OPEN), // date set by cabinet order, December 1966
            fixed("天皇誕生日", 2, 23, 2020, OPEN), // accession of the present emperor
            new Rule("春分の日", 1949, OPEN, Equinoxes::spring),
            fixed("天皇誕生日", 4, 29, 1949, 1988),
            fixed("みどりの日", 4, 29, 1989, 2006),
            fixed("昭和の日", 4, 29, 2007, OPEN),
            fixed("憲法記念日", 5, 3, 1949, OPEN),
            fixed("みどりの日", 5, 4, 2007, OPEN),
            fixed("こどもの日", 5, 5, 1949, OPEN),
            fixed("海の日", 7, 20, 1996, 2002),
            monday("海の日", 7, 3, 2003, 2019), // Happy Monday, 2001 amendment
            once("海の日", 2020, 7, 23), // moved for the Tokyo Olympics
            once("海の日", 2021, 7, 22), // moved again for the postponed Olympics
            monday("海の日", 7, 3, 2022, OPEN),
            fixed("山の日", 8, 11, 2016, 2019),
            once("山の日", 2020, 8, 10),
            once("山の日", 2021, 8, 8),
            fixed("山の日", 8, 11, 2022, OPEN),
            fixed("敬老の日", 9, 15, 1966, 2002),
            monday("敬老の日", 9, 3, 2003, OPEN), // Happy Monday, 2001 amendment
            new Rule("秋分の日", 1949, OPEN, Equinoxes::autumn),
            fixed("体育の日", 10, 10, 1966, 1999),
            monday("体育の日", 10, 2, 2000, 2019), // Happy Monday, 1998 amendment
            once("スポーツの日", 2020, 7, 24), // renamed from 2020, and moved for the Olympics
            once("スポーツの日", 2021, 7, 23),
            monday("スポーツの日", 10, 2, 2022, OPEN),
            fixed("文化の日", 11, 3, 1949, OPEN),
            fixed("勤労感謝の日", 11, 23, 1949, OPEN),
            fixed("天皇誕生日", 12, 23, 1989, 2018), // none in 2019: abdication on 30 April
            // Days off by special law, each treated as a 国民の祝日.
            once("結婚の儀", 1959, 4, 10), // 皇太子明仁親王
            once("大喪の礼", 1989, 2, 24),
            once("即位礼正殿の儀", 1990, 11, 12),
            once("結婚の儀", 1993, 6, 9), // 皇太子徳仁親王
            once("即位の日", 2019, 5, 1),
            once("即位礼正殿の儀", 2019, 10, 22));

    private final ConcurrentMap<Integer, YearOfHolidays> years = new ConcurrentHashMap<>();

    @Override
    public boolean isHoliday(LocalDate date) {
        return holiday(date).isPresent();
    }

    /** The holiday on this date, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(year(date.getYear()).byDate().get(date));
    }

    /** Every holiday of the year, in date order; the list is unmodifiable. */
    public List<Holiday> holidaysIn(int year) {
        return year(year).inOrder();
    }

    private YearOfHolidays year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Japanese holidays are known for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
        return years.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    // A year can be computed on its own: no substitute or citizens' holiday ever crosses New Year,
    // as nothing is a holiday between 24 December and 1 January.
    private static YearOfHolidays compute(int year) {
        var days = new TreeMap<LocalDate, Holiday>();
        for (Rule rule : RULES) {
            if (rule.from() <= year && year <= rule.to()) {
                LocalDate date = rule.dateIn().apply(year);
                var previous = days.put(date, new Holiday(date, rule.name(), Holiday.Kind.HOLIDAY));
                if (previous != null) {
                    throw new IllegalStateException("two holidays on " + date + ": " + previous.name());
                }
            }
        }
        Set<LocalDate> shukujitsu = Set.copyOf(days.keySet());
        for (LocalDate date : shukujitsu) {
            substituteFor(date, shukujitsu)
                    .ifPresent(day -> days.put(day, new Holiday(day, SUBSTITUTE_NAME, Holiday.Kind.SUBSTITUTE)));
        }
        // After the substitutes, because a day that is already a substitute stays one.
        for (LocalDate date : shukujitsu) {
            LocalDate between = date.plusDays(1);
            if (shukujitsu.contains(date.plusDays(2)) && !days.containsKey(between) && isCitizensHoliday(between)) {
                days.put(between, new Holiday(between, CITIZENS_NAME, Holiday.Kind.CITIZENS));
            }
        }
        return new YearOfHolidays(List.copyOf(days.values()), Map.copyOf(days));
    }

    private static Optional<LocalDate> substituteFor(LocalDate holiday, Set<LocalDate> shukujitsu) {
        if (holiday.getDayOfWeek() != DayOfWeek.SUNDAY || holiday.isBefore(SUBSTITUTES_FROM)) {
            return Optional.empty();
        }
        LocalDate next = holiday.plusDays(1);
        if (holiday.isBefore(AMENDMENT_2007)) {
            // Until 2006 only the Monday could be the substitute; if it was a holiday itself, nothing moved.
            return shukujitsu.contains(next) ? Optional.empty() : Optional.of(next);
        }
        while (shukujitsu.contains(next)) {
            next = next.plusDays(1);
        }
        return Optional.of(next);
    }

    private static boolean isCitizensHoliday(LocalDate between) {
        if (between.isBefore(CITIZENS_FROM)) {
            return false;
        }
        // Until 2006 the law excluded Sundays, which were days off anyway.
        return !between.isBefore(AMENDMENT_2007) || between.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Rule fixed(String name, int month, int day, int from, int to) {
        return new Rule(name, from, to, year -> LocalDate.of(year, month, day));
    }

    private static Rule monday(String name, int month, int nth, int from, int to) {
        return new Rule(
                name,
                from,
                to,
                year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY)));
    }

    private static Rule once(String name, int year, int month, int day) {
        return fixed(name, month, day, year, year);
    }

    /** One holiday as the law had it from year {@code from} to year {@code to}, both included. */
    private record Rule(String name, int from, int to, IntFunction<LocalDate> dateIn) {}

    private record YearOfHolidays(List<Holiday> inOrder, Map<LocalDate, Holiday> byDate) {}
}
