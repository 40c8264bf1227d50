package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated period whose rules replace the schedule's regular rules (夏休みのみ, 冬季は午前のみ).
 *
 * <p>No rules means closed for the whole period.
 *
 * @param name what residents call the period, e.g. 夏休み
 * @param from first day, inclusive
 * @param to   last day, inclusive
 */
@Serdeable
public record Season(String name, LocalDate from, LocalDate to, List<ScheduleRule> rules) {

    public Season {
        rules = Lists.copyOf(rules);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
