package org.deban.people;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalTime;
import org.deban.schedule.Weekday;

/** When a person can take part: a weekday and a time range ("木曜 17:00–21:00"). */
@Serdeable
public record TimeWindow(
        Weekday weekday,
        @JsonFormat(pattern = "HH:mm") LocalTime start,
        @JsonFormat(pattern = "HH:mm") LocalTime end) {}
