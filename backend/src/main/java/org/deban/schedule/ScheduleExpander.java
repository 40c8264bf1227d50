package org.deban.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Schedule} into dated {@link Occurrence}s, the single place where holidays, closures, seasons,
 * validity and cancellations are applied; the iCalendar export asks the same questions here so both always agree.
 *
 * <p>Expects a schedule that passed {@link ScheduleValidator}.
 */
public final class ScheduleExpander {

    /** How far {@link #upcoming} looks ahead: far enough for 年1回 events and 12-monthly rules. */
    static final int UPCOMING_HORIZON_DAYS = 2 * 366;

    private final HolidayCalendar holidays;

    public ScheduleExpander(HolidayCalendar holidays) {
        this.holidays = holidays;
    }

    /**
     * All occurrences between two dates, sorted by date and time.
     *
     * @param typicalHeadcount the offer's usual headcount, given to regular days and to events without their own
     * @param crowdThreshold   from this many people an occurrence counts as crowded (30 by default in the app)
     */
    public List<Occurrence> expand(
            Schedule schedule,
            LocalDate from,
            LocalDate toInclusive,
            @Nullable Integer typicalHeadcount,
            int crowdThreshold) {
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate first = schedule.clampFrom(from);
        LocalDate last = schedule.clampTo(toInclusive);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            List<ScheduleRule> rules = schedule.rulesOn(date);
            for (int i = 0; i < rules.size(); i++) {
                if (opensOn(schedule, rules, i, date)) {
                    ScheduleRule rule = rules.get(i);
                    occurrences.add(occurrence(
                            schedule,
                            date,
                            rule.start(),
                            rule.end(),
                            Occurrence.Kind.REGULAR,
                            null,
                            typicalHeadcount,
                            crowdThreshold));
                }
            }
        }
        for (ScheduledEvent event : schedule.events()) {
            LocalDate date = event.date();
            if (!date.isBefore(first) && !date.isAfter(last)) {
                Integer headcount = event.expectedHeadcount() != null ? event.expectedHeadcount() : typicalHeadcount;
                occurrences.add(occurrence(
                        schedule,
                        date,
                        event.start(),
                        event.end(),
                        Occurrence.Kind.EVENT,
                        event.title(),
                        headcount,
                        crowdThreshold));
            }
        }
        occurrences.sort(Occurrence.CHRONOLOGICAL);
        return occurrences;
    }

    /**
     * The next {@code count} occurrences from a date on, cancelled ones included (they say why), looking at most
     * {@value #UPCOMING_HORIZON_DAYS} days ahead.
     */
    public List<Occurrence> upcoming(
            Schedule schedule, LocalDate from, int count, @Nullable Integer typicalHeadcount, int crowdThreshold) {
        List<Occurrence> found = new ArrayList<>();
        LocalDate horizon = from.plusDays(UPCOMING_HORIZON_DAYS);
        for (LocalDate start = from; found.size() < count && !start.isAfter(horizon); start = start.plusDays(92)) {
            LocalDate end = start.plusDays(91).isAfter(horizon) ? horizon : start.plusDays(91);
            found.addAll(expand(schedule, start, end, typicalHeadcount, crowdThreshold));
        }
        return found.size() > count ? List.copyOf(found.subList(0, count)) : List.copyOf(found);
    }

    /** Closed for regular days: a national holiday under 祝日休み, or inside a yearly closure (年末年始, お盆). */
    public boolean isClosed(Schedule schedule, LocalDate date) {
        if (schedule.closedOnHolidays() && holidays.isHoliday(date)) {
            return true;
        }
        for (Closure closure : schedule.closures()) {
            if (closure.contains(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether rule {@code index} of the rules in force yields a regular occurrence on the date (cancelled or not):
     * the pattern matches, the day is not closed, and no earlier rule already gives the same time window that day.
     * Validity and season are the caller's to check.
     */
    boolean opensOn(Schedule schedule, List<ScheduleRule> rules, int index, LocalDate date) {
        ScheduleRule rule = rules.get(index);
        if (!rule.matches(date) || isClosed(schedule, date)) {
            return false;
        }
        for (int earlier = 0; earlier < index; earlier++) {
            ScheduleRule other = rules.get(earlier);
            if (other.start().equals(rule.start()) && other.end().equals(rule.end()) && other.matches(date)) {
                return false;
            }
        }
        return true;
    }

    /** The reason when the date is cancelled, else {@code null}. */
    static @Nullable String cancellationReason(Schedule schedule, LocalDate date) {
        for (Cancellation cancellation : schedule.cancellations()) {
            if (cancellation.date().equals(date)) {
                return cancellation.reason();
            }
        }
        return null;
    }

    private static Occurrence occurrence(
            Schedule schedule,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            Occurrence.Kind kind,
            @Nullable String title,
            @Nullable Integer headcount,
            int crowdThreshold) {
        String reason = cancellationReason(schedule, date);
        boolean crowded = headcount != null && headcount >= crowdThreshold;
        return new Occurrence(date, start, end, kind, title, headcount, crowded, reason != null, reason);
    }
}
