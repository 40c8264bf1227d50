package org.deban.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off in Japan's national calendar.
 *
 * @param date the day
 * @param name its Japanese name: the holiday's own (元日, 海の日, 即位礼正殿の儀…), or 振替休日 / 国民の休日
 * @param kind which rule of the law makes the day off; calendars and notices often word them differently
 */
public record Holiday(LocalDate date, String name, Kind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** Why the day is off. */
    public enum Kind {
        /** 国民の祝日 itself, or a day a special law made a holiday (大喪の礼, 即位礼正殿の儀…). */
        HOLIDAY,
        /** 振替休日: the day off given for a holiday that falls on a Sunday. */
        SUBSTITUTE,
        /** 国民の休日: an ordinary day wedged between two holidays. */
        CITIZENS
    }
}
