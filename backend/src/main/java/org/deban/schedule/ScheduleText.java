package org.deban.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Says a schedule the way residents and hosts say it on a flyer: "毎月第2・第4水曜 10:00〜12:00（祝日は休み）".
 *
 * <p>Times are {@code H:mm} (9:30, not 09:30) and dates {@code M/d}, as on Japanese notices. Within one line, rules
 * are joined with "、"; {@link #describe(Schedule)} joins lines with "。".
 */
public final class ScheduleText {

    private static final String WAVE_DASH = "〜";
    private static final String[] DAY_NAMES = {"月", "火", "水", "木", "金", "土", "日"};

    private ScheduleText() {}

    /** The whole schedule in one string, past events and cancellations included; empty when it says nothing. */
    public static String describe(Schedule schedule) {
        return String.join("。", lines(schedule, null));
    }

    /**
     * The schedule as it matters from {@code today} on: events and cancellations already past are left out, so that
     * last winter's 中止 does not linger on the page.
     */
    public static String describe(Schedule schedule, LocalDate today) {
        return String.join("。", lines(schedule, today));
    }

    /**
     * One line per statement, in the order a notice gives them: validity, regular days, seasons, closures, events,
     * cancellations. For lists in the UI.
     *
     * @param today when given, events and cancellations before it are left out
     */
    public static List<String> lines(Schedule schedule, @Nullable LocalDate today) {
        List<String> lines = new ArrayList<>();
        String holidayNote = schedule.closedOnHolidays() ? "（祝日は休み）" : "";
        validity(schedule).ifPresent(lines::add);
        if (!schedule.rules().isEmpty()) {
            lines.add(describeRules(schedule.rules()) + holidayNote);
        }
        for (Season season : schedule.seasons()) {
            String period = season.name() + "（" + date(season.from()) + WAVE_DASH + date(season.to()) + "）は";
            if (season.rules().isEmpty()) {
                lines.add(period + "休み");
            } else {
                // The note goes once, on the regular line, unless there is none (夏休みのみ).
                lines.add(period
                        + describeRules(season.rules())
                        + (schedule.rules().isEmpty() ? holidayNote : ""));
            }
        }
        for (Closure closure : schedule.closures()) {
            lines.add(closure.name() + "（" + monthDay(closure.fromDay()) + WAVE_DASH + monthDay(closure.toDay())
                    + "）は休み");
        }
        schedule.events().stream()
                .filter(e -> today == null || !e.date().isBefore(today))
                .sorted(Comparator.comparing(ScheduledEvent::date).thenComparing(ScheduledEvent::start))
                .map(ScheduleText::describe)
                .forEach(lines::add);
        schedule.cancellations().stream()
                .filter(c -> today == null || !c.date().isBefore(today))
                .sorted(Comparator.comparing(Cancellation::date))
                .map(c -> date(c.date()) + " 中止（" + c.reason() + "）")
                .forEach(lines::add);
        return List.copyOf(lines);
    }

    /** One rule: "毎週火・木曜 9:30〜11:30", "隔月（奇数月）第3日曜 10:00〜12:00", "毎月最終金曜 …". */
    public static String describe(ScheduleRule rule) {
        return days(rule) + " " + timeWindow(rule.start(), rule.end());
    }

    /** The days part of a rule: "毎月第2・第4水曜", "毎日". */
    private static String days(ScheduleRule rule) {
        if (rule.frequency() == Frequency.WEEKLY && rule.interval() == 1 && isEveryDay(rule)) {
            return "毎日";
        }
        return rule.frequency() == Frequency.MONTHLY
                ? monthlyPrefix(rule) + weeks(rule.weeksOfMonth()) + weekdays(rule.weekdays())
                : weeklyPrefix(rule) + weekdays(rule.weekdays());
    }

    /** One event day: "12/19 クリスマス会 10:00〜14:00（約80人）". */
    public static String describe(ScheduledEvent event) {
        StringBuilder text = new StringBuilder(date(event.date())).append(' ');
        if (event.title() != null && !event.title().isBlank()) {
            text.append(event.title()).append(' ');
        }
        text.append(timeWindow(event.start(), event.end()));
        if (event.expectedHeadcount() != null) {
            text.append("（約").append(event.expectedHeadcount()).append("人）");
        }
        return text.toString();
    }

    /** "9:30〜11:30". */
    public static String timeWindow(LocalTime start, LocalTime end) {
        return time(start) + WAVE_DASH + time(end);
    }

    /** Rules on the same days share their days: "毎週月〜金曜 9:30〜12:00、13:00〜15:30". */
    private static String describeRules(List<ScheduleRule> rules) {
        Map<String, List<String>> windowsByDays = new LinkedHashMap<>();
        for (ScheduleRule rule : rules) {
            windowsByDays.computeIfAbsent(days(rule), d -> new ArrayList<>()).add(timeWindow(rule.start(), rule.end()));
        }
        return windowsByDays.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join("、", e.getValue()))
                .collect(Collectors.joining("、"));
    }

    private static Optional<String> validity(Schedule schedule) {
        LocalDate from = schedule.validFrom();
        LocalDate until = schedule.validUntil();
        if (from == null && until == null) {
            return Optional.empty();
        }
        return Optional.of((from == null ? "" : fullDate(from) + "から") + (until == null ? "" : fullDate(until) + "まで"));
    }

    private static String weeklyPrefix(ScheduleRule rule) {
        return switch (rule.interval()) {
            case 1 -> "毎週";
            case 2 -> "隔週";
            default -> rule.interval() + "週ごとの";
        };
    }

    /**
     * 隔月 alone does not tell a resident which months; with an anchor we can say 奇数月 / 偶数月, or list the
     * months when the interval divides the year (3か月ごと = 1・4・7・10月).
     */
    private static String monthlyPrefix(ScheduleRule rule) {
        int interval = rule.interval();
        LocalDate anchor = rule.anchor();
        if (interval == 1) {
            return "毎月";
        }
        if (anchor == null || 12 % interval != 0) {
            return interval == 2 ? "隔月" : interval + "か月ごとの";
        }
        int firstMonth = (anchor.getMonthValue() - 1) % interval + 1;
        if (interval == 2) {
            return firstMonth == 1 ? "隔月（奇数月）" : "隔月（偶数月）";
        }
        if (interval == 12) {
            return "毎年" + firstMonth + "月の";
        }
        List<String> months = new ArrayList<>();
        for (int month = firstMonth; month <= 12; month += interval) {
            months.add(String.valueOf(month));
        }
        return String.join("・", months) + "月の";
    }

    /** "第2・第4", "最終", "第1・最終". */
    private static String weeks(List<Integer> weeksOfMonth) {
        TreeSet<Integer> sorted =
                new TreeSet<>(Comparator.comparing((Integer w) -> w == -1).thenComparing(w -> w));
        sorted.addAll(weeksOfMonth);
        return sorted.stream().map(w -> w == -1 ? "最終" : "第" + w).collect(Collectors.joining("・"));
    }

    /** "火・木曜", "月〜金曜", "月〜水・土曜": three or more days in a row become a range. */
    static String weekdays(List<Weekday> weekdays) {
        TreeSet<Weekday> days = new TreeSet<>(weekdays);
        List<String> parts = new ArrayList<>();
        List<Weekday> run = new ArrayList<>();
        for (Weekday day : days) {
            if (!run.isEmpty() && run.get(run.size() - 1).ordinal() + 1 != day.ordinal()) {
                addRun(run, parts);
                run.clear();
            }
            run.add(day);
        }
        addRun(run, parts);
        return String.join("・", parts) + "曜";
    }

    private static void addRun(List<Weekday> run, List<String> parts) {
        if (run.size() >= 3) {
            parts.add(DAY_NAMES[run.get(0).ordinal()]
                    + WAVE_DASH
                    + DAY_NAMES[run.get(run.size() - 1).ordinal()]);
        } else {
            run.forEach(day -> parts.add(DAY_NAMES[day.ordinal()]));
        }
    }

    private static boolean isEveryDay(ScheduleRule rule) {
        return new TreeSet<>(rule.weekdays()).size() == Weekday.values().length;
    }

    private static String time(LocalTime time) {
        return time.getHour() + ":" + String.format("%02d", time.getMinute());
    }

    private static String date(LocalDate date) {
        return date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    private static String fullDate(LocalDate date) {
        return date.getYear() + "/" + date(date);
    }

    private static String monthDay(MonthDay day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth();
    }
}
