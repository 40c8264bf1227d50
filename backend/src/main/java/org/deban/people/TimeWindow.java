package org.deban.people;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalTime;
import org.deban.schedule.Weekday;

/**
 * When a person can take part: a weekday and a time range ("木曜 17:00–21:00"). An end of {@code 24:00} (read as
 * 00:00) or {@code 23:59} means "until the end of the day".
 */
@Serdeable
public record TimeWindow(
        Weekday weekday,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end) {

    /** An end written as 24:00 (or 00:00): the window runs to the end of the day. */
    static boolean untilMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** The same window with an end of the day spelt as the last instant of the day, for comparisons. */
    TimeWindow normalised() {
        return untilMidnight(end) ? new TimeWindow(weekday, start, LocalTime.MAX) : this;
    }
}
