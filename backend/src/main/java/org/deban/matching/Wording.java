package org.deban.matching;

import java.time.format.DateTimeFormatter;
import org.deban.schedule.Weekday;

/** How matching words times, days and distances in the Japanese texts people read. */
public final class Wording {
    /** 17:00 */
    public static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private static final String WEEKDAYS = "月火水木金土日";

    private Wording() {}

    /** 月 … 日 */
    public static String weekday(Weekday day) {
        return String.valueOf(WEEKDAYS.charAt(day.ordinal()));
    }

    /** 1.2 (km, one decimal) */
    public static double km(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
