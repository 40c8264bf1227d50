package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When an offer happens: a rule, not a list of dates (see {@code docs/catalogue-model.md}, "Schedule").
 *
 * <p>Within a {@link Season}'s dates its rules replace {@link #rules}. Missing lists in JSON become empty lists.
 *
 * @param closedOnHolidays skip national holidays (祝日休み); events still take place
 * @param validFrom        first day the schedule applies, inclusive; {@code null} = open-ended
 * @param validUntil       last day the schedule applies, inclusive; {@code null} = open-ended
 */
@Serdeable
public record Schedule(
        List<ScheduleRule> rules,
        List<Season> seasons,
        boolean closedOnHolidays,
        List<Closure> closures,
        List<Cancellation> cancellations,
        List<ScheduledEvent> events,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {

    /** No rules, no dates: an offer whose times are arranged case by case (随時・要相談). */
    public static final Schedule EMPTY =
            new Schedule(List.of(), List.of(), false, List.of(), List.of(), List.of(), null, null);

    public Schedule {
        rules = Lists.copyOf(rules);
        seasons = Lists.copyOf(seasons);
        closures = Lists.copyOf(closures);
        cancellations = Lists.copyOf(cancellations);
        events = Lists.copyOf(events);
    }

    /** Regular rules only, with no exceptions: the common case (毎月第2・第4水曜). */
    public static Schedule of(List<ScheduleRule> rules, boolean closedOnHolidays) {
        return new Schedule(rules, List.of(), closedOnHolidays, List.of(), List.of(), List.of(), null, null);
    }

    public Schedule withSeasons(List<Season> newSeasons) {
        return new Schedule(
                rules, newSeasons, closedOnHolidays, closures, cancellations, events, validFrom, validUntil);
    }

    public Schedule withClosures(List<Closure> newClosures) {
        return new Schedule(
                rules, seasons, closedOnHolidays, newClosures, cancellations, events, validFrom, validUntil);
    }

    public Schedule withCancellations(List<Cancellation> newCancellations) {
        return new Schedule(
                rules, seasons, closedOnHolidays, closures, newCancellations, events, validFrom, validUntil);
    }

    public Schedule withEvents(List<ScheduledEvent> newEvents) {
        return new Schedule(
                rules, seasons, closedOnHolidays, closures, cancellations, newEvents, validFrom, validUntil);
    }

    public Schedule withValidity(@Nullable LocalDate from, @Nullable LocalDate until) {
        return new Schedule(rules, seasons, closedOnHolidays, closures, cancellations, events, from, until);
    }

    /** Whether the date lies between {@link #validFrom} and {@link #validUntil}. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The season covering the date, if any; the first listed wins (the validator refuses overlaps). */
    public @Nullable Season seasonOn(LocalDate date) {
        for (Season season : seasons) {
            if (season.contains(date)) {
                return season;
            }
        }
        return null;
    }

    /** The rules in force on the date: the covering season's, or the regular ones. */
    public List<ScheduleRule> rulesOn(LocalDate date) {
        Season season = seasonOn(date);
        return season == null ? rules : season.rules();
    }

    /** The later of {@code from} and {@link #validFrom}: where expansion of a window really starts. */
    LocalDate clampFrom(LocalDate from) {
        LocalDate first = validFrom;
        return first != null && first.isAfter(from) ? first : from;
    }

    /** The earlier of {@code to} and {@link #validUntil}: where expansion of a window really ends. */
    LocalDate clampTo(LocalDate to) {
        LocalDate last = validUntil;
        return last != null && last.isBefore(to) ? last : to;
    }
}
