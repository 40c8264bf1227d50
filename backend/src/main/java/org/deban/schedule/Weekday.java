package org.deban.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;

/**
 * A day of the week as the wire format spells it ({@code "MON"} … {@code "SUN"}).
 *
 * <p>Our own enum because {@link DayOfWeek} serialises as {@code "MONDAY"}, which the catalogue model does not use.
 */
@Serdeable
public enum Weekday {
    MON,
    TUE,
    WED,
    THU,
    FRI,
    SAT,
    SUN;

    private static final Weekday[] BY_ISO = values();

    public DayOfWeek toDayOfWeek() {
        return DayOfWeek.of(ordinal() + 1);
    }

    public static Weekday of(DayOfWeek day) {
        return BY_ISO[day.getValue() - 1];
    }
}
