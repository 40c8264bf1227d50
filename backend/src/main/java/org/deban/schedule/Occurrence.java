package org.deban.schedule;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One dated time window computed from a {@link Schedule}: what residents see as "next dates" and what search filters
 * by day and time.
 *
 * @param title              the event's title; {@code null} for regular days
 * @param expectedHeadcount  the event's own, else the offer's typical headcount; {@code null} when unknown
 * @param crowded            {@code expectedHeadcount} reaches the crowd threshold (for people who avoid crowds)
 * @param cancelled          called off; kept in the list so that the reason can be read
 * @param cancellationReason why, when cancelled
 */
@Serdeable
public record Occurrence(
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        Kind kind,
        @Nullable String title,
        @Nullable Integer expectedHeadcount,
        boolean crowded,
        boolean cancelled,
        @Nullable String cancellationReason) {

    /** Chronological, regular days before events at the same start. */
    static final Comparator<Occurrence> CHRONOLOGICAL = Comparator.comparing(Occurrence::date)
            .thenComparing(Occurrence::start)
            .thenComparing(Occurrence::end)
            .thenComparing(Occurrence::kind);

    /** Whether the occurrence comes from the regular rules or from a one-off event day. */
    @Serdeable
    public enum Kind {
        REGULAR,
        EVENT
    }
}
