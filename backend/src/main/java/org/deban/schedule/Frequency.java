package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;

/** How a {@link ScheduleRule} repeats: by week (毎週・隔週) or by month (毎月第n・隔月). */
@Serdeable
public enum Frequency {
    WEEKLY,
    MONTHLY
}
