package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A yearly closure such as 年末年始 ({@code 12-29} to {@code 01-03}) or お盆.
 *
 * <p>The days stay strings ({@code MM-dd}) on the wire so that a typo reaches {@link ScheduleValidator} as a field
 * error instead of failing the whole request body; {@link #fromDay()} and {@link #toDay()} parse them.
 *
 * @param name what residents call it, e.g. 年末年始
 * @param from first closed day, {@code MM-dd}
 * @param to   last closed day, {@code MM-dd}; before {@code from} when the closure wraps the year end
 */
@Serdeable
public record Closure(String name, String from, String to) {

    private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");

    /** The first closed day; throws if {@link #from} is not a valid {@code MM-dd} (the validator reports that). */
    public MonthDay fromDay() {
        return parse(from).orElseThrow(() -> new IllegalStateException("invalid MM-dd: " + from));
    }

    /** The last closed day; throws if {@link #to} is not a valid {@code MM-dd} (the validator reports that). */
    public MonthDay toDay() {
        return parse(to).orElseThrow(() -> new IllegalStateException("invalid MM-dd: " + to));
    }

    /** Whether the date falls in this closure in its own year, wrapping the year end when {@code to < from}. */
    public boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        MonthDay first = fromDay();
        MonthDay last = toDay();
        if (!first.isAfter(last)) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
        return !day.isBefore(first) || !day.isAfter(last);
    }

    /** Parses a strict two-digit {@code MM-dd} day; {@code 02-29} is accepted (it applies in leap years). */
    static Optional<MonthDay> parse(String text) {
        if (text == null || !text.matches("\\d\\d-\\d\\d")) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.parse(text, MM_DD));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
