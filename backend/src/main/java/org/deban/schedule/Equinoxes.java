package org.deban.schedule;

import java.time.LocalDate;

/**
 * 春分の日 and 秋分の日, the two holidays the law does not pin to a date.
 *
 * <p>The law names the equinox itself; the date is the one the National Astronomical Observatory
 * announces in 官報 each February for the following year. Years already announced therefore come from
 * that record. Later years use the approximation formula in common use (a tropical year of 365.242194
 * days, corrected for leap years), which reproduces every announced date since 1955 — the
 * tests check this — and is meant for 1900–2099 only. A later announcement may still differ from it.
 */
final class Equinoxes {

    /** The first year of the tables: the first year of the official list they were taken from. */
    static final int FIRST_TABLE_YEAR = 1955;

    // Day of March of 春分の日, as announced, one entry per year from FIRST_TABLE_YEAR.
    private static final byte[] SPRING = {
        21, 21, 21, 21, 21, 20, 21, 21, 21, 20, // 1955–1964
        21, 21, 21, 20, 21, 21, 21, 20, 21, 21, // 1965–1974
        21, 20, 21, 21, 21, 20, 21, 21, 21, 20, // 1975–1984
        21, 21, 21, 20, 21, 21, 21, 20, 20, 21, // 1985–1994
        21, 20, 20, 21, 21, 20, 20, 21, 21, 20, // 1995–2004
        20, 21, 21, 20, 20, 21, 21, 20, 20, 21, // 2005–2014
        21, 20, 20, 21, 21, 20, 20, 21, 21, 20, // 2015–2024
        20, 20, // 2025–2026
    };

    // Day of September of 秋分の日, as announced, one entry per year from FIRST_TABLE_YEAR.
    private static final byte[] AUTUMN = {
        24, 23, 23, 23, 24, 23, 23, 23, 24, 23, // 1955–1964
        23, 23, 24, 23, 23, 23, 24, 23, 23, 23, // 1965–1974
        24, 23, 23, 23, 24, 23, 23, 23, 23, 23, // 1975–1984
        23, 23, 23, 23, 23, 23, 23, 23, 23, 23, // 1985–1994
        23, 23, 23, 23, 23, 23, 23, 23, 23, 23, // 1995–2004
        23, 23, 23, 23, 23, 23, 23, 22, 23, 23, // 2005–2014
        23, 22, 23, 23, 23, 22, 23, 23, 23, 22, // 2015–2024
        23, 23, // 2025–2026
    };

    /** The last year of the tables; the formula answers for the years after it. */
    static final int LAST_TABLE_YEAR = FIRST_TABLE_YEAR + SPRING.length - 1;

    private Equinoxes() {}

    static LocalDate spring(int year) {
        int day = inTable(year) ? SPRING[year - FIRST_TABLE_YEAR] : springDayByFormula(year);
        return LocalDate.of(year, 3, day);
    }

    static LocalDate autumn(int year) {
        int day = inTable(year) ? AUTUMN[year - FIRST_TABLE_YEAR] : autumnDayByFormula(year);
        return LocalDate.of(year, 9, day);
    }

    /** Day of March by the formula alone, whether or not the year is in the table. */
    static int springDayByFormula(int year) {
        return byFormula(year, year < 1980 ? 20.8357 : 20.8431);
    }

    /** Day of September by the formula alone, whether or not the year is in the table. */
    static int autumnDayByFormula(int year) {
        return byFormula(year, year < 1980 ? 23.2588 : 23.2488);
    }

    private static boolean inTable(int year) {
        return year >= FIRST_TABLE_YEAR && year <= LAST_TABLE_YEAR;
    }

    private static int byFormula(int year, double dayIn1980) {
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("the equinox formula holds for 1900–2099, not " + year);
        }
        // The published formula counts leap days from 1980, or from 1983 in its 1900–1979 variant, and
        // truncates toward zero, as Java's integer division does for the negative years before 1983.
        int leapDays = year < 1980 ? (year - 1983) / 4 : (year - 1980) / 4;
        return (int) (dayIn1980 + 0.242194 * (year - 1980) - leapDays);
    }
}
