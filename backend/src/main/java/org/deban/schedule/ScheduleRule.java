package org.deban.schedule;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One repeating time window: 毎週火・木曜, 毎月第2・第4水曜, 隔週土曜, 隔月第3日曜 ….
 *
 * @param frequency    weekly or monthly
 * @param weekdays     the days it happens on; never empty in a valid rule
 * @param weeksOfMonth {@code MONTHLY} only: 1–5 for the nth such weekday of the month, -1 for the last (最終)
 * @param interval     1 = every week or month; 2 = 隔週 or 隔月; missing or 0 in JSON means 1
 * @param anchor       with {@code interval > 1}, a date inside a week or month that is "on", so that everyone
 *                     counts the same weeks
 * @param start        start time, {@code HH:mm} on the wire
 * @param end          end time, after {@code start} (no windows across midnight)
 */
@Serdeable
public record ScheduleRule(
        Frequency frequency,
        List<Weekday> weekdays,
        List<Integer> weeksOfMonth,
        int interval,
        @Nullable LocalDate anchor,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end) {

    public ScheduleRule {
        weekdays = Lists.copyOf(weekdays);
        weeksOfMonth = Lists.copyOf(weeksOfMonth);
        if (interval == 0) {
            interval = 1;
        }
    }

    /** 毎週 on the given days. */
    public static ScheduleRule weekly(List<Weekday> weekdays, LocalTime start, LocalTime end) {
        return new ScheduleRule(Frequency.WEEKLY, weekdays, List.of(), 1, null, start, end);
    }

    /** 毎月 on the given weeks of the month (1–5, -1 = last) of the given days. */
    public static ScheduleRule monthly(
            List<Integer> weeksOfMonth, List<Weekday> weekdays, LocalTime start, LocalTime end) {
        return new ScheduleRule(Frequency.MONTHLY, weekdays, weeksOfMonth, 1, null, start, end);
    }

    /** The same rule repeating only every {@code interval} weeks or months, counted from {@code anchor}. */
    public ScheduleRule every(int interval, LocalDate anchor) {
        return new ScheduleRule(frequency, weekdays, weeksOfMonth, interval, anchor, start, end);
    }

    /**
     * Whether the rule's pattern falls on the date, before any holiday, closure, season or validity is applied.
     *
     * <p>Nth weekday: the 2nd Wednesday is the one on day 8–14; "last" (-1) is the one with no same weekday after it
     * in the month; a 5th that the month lacks simply never matches. Interval: weeks are counted Monday-based from
     * the anchor's week, months from the anchor's month, so dates before the anchor follow the same rhythm.
     */
    public boolean matches(LocalDate date) {
        if (!weekdays.contains(Weekday.of(date.getDayOfWeek()))) {
            return false;
        }
        if (frequency == Frequency.MONTHLY && !matchesWeekOfMonth(date)) {
            return false;
        }
        return interval <= 1 || anchor == null || isOnInterval(date, anchor);
    }

    private boolean matchesWeekOfMonth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        boolean last = date.plusWeeks(1).getMonth() != date.getMonth();
        return weeksOfMonth.contains(nth) || (last && weeksOfMonth.contains(-1));
    }

    private boolean isOnInterval(LocalDate date, LocalDate anchor) {
        long distance = frequency == Frequency.WEEKLY
                ? ChronoUnit.WEEKS.between(monday(anchor), monday(date))
                : ChronoUnit.MONTHS.between(YearMonth.from(anchor), YearMonth.from(date));
        return Math.floorMod(distance, interval) == 0;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
