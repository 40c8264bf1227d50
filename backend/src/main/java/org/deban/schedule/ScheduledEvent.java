package org.deban.schedule;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A one-off event day with its own time and crowd size (クリスマス会, 夏祭り). Being explicitly dated, it takes place
 * even on a holiday or inside a closure; only a {@link Cancellation} of its date cancels it.
 *
 * @param expectedHeadcount people expected; from 30 (configurable) the occurrence counts as crowded
 */
@Serdeable
public record ScheduledEvent(
        LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end,
        @Nullable String title,
        @Nullable Integer expectedHeadcount) {}
