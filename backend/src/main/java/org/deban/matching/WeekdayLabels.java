package org.deban.matching;

import org.deban.schedule.Weekday;

/** 月 火 水 木 金 土 日, for reasons and relaxations people read. */
final class WeekdayLabels {
    private static final String LABELS = "月火水木金土日";

    private WeekdayLabels() {}

    static String of(Weekday day) {
        return String.valueOf(LABELS.charAt(day.ordinal()));
    }
}
