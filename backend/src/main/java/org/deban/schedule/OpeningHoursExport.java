package org.deban.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a schedule in OpenStreetMap's {@code opening_hours} syntax, for map exports and OSM-aware tools:
 * "We[2,4] 10:00-12:00; PH off".
 *
 * <p>Only where the syntax says exactly the same thing: every-n-weeks (隔週) has no faithful form (OSM week numbers
 * restart each year), nor do validity bounds or rules whose days overlap with different times. Then the answer is
 * empty rather than approximately right. One-off events and cancellations are left out on purpose: OSM keeps
 * {@code opening_hours} for the regular pattern.
 *
 * <p>Rules are joined with "; " (each later rule replaces earlier ones on the days it names), so a season first
 * closes its whole date range unless its own weekly rules already cover every regular weekday.
 */
public final class OpeningHoursExport {

    private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final String[] OSM_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private OpeningHoursExport() {}

    public static Optional<String> toOpeningHours(Schedule schedule) {
        if (schedule.validFrom() != null || schedule.validUntil() != null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        boolean opens = false;
        if (!schedule.rules().isEmpty()) {
            Optional<List<String>> regular = group(schedule.rules(), "");
            if (regular.isEmpty()) {
                return Optional.empty();
            }
            parts.addAll(regular.get());
            opens = true;
        }
        for (Season season : schedule.seasons()) {
            String range = dateRange(season.from(), season.to());
            Optional<List<String>> seasonal = group(season.rules(), range + " ");
            if (seasonal.isEmpty()) {
                return Optional.empty();
            }
            if (!schedule.rules().isEmpty() && !coversRegularDays(season.rules(), schedule.rules())) {
                parts.add(range + " off");
            }
            parts.addAll(seasonal.get());
            opens |= !season.rules().isEmpty();
        }
        if (!opens) {
            return Optional.empty();
        }
        if (schedule.closedOnHolidays()) {
            parts.add("PH off");
        }
        for (Closure closure : schedule.closures()) {
            parts.add(monthDay(closure.fromDay()) + "-" + monthDay(closure.toDay()) + " off");
        }
        return Optional.of(String.join("; ", parts));
    }

    /**
     * One rule per distinct day selector, times of identical selectors merged ("Tu 10:00-12:00,14:00-16:00");
     * empty when a rule is inexpressible or two selectors share some days, where "; " would let one silently
     * replace the other.
     */
    private static Optional<List<String>> group(List<ScheduleRule> rules, String prefix) {
        Map<String, TreeSet<String>> timesBySelector = new LinkedHashMap<>();
        Map<String, ScheduleRule> ruleBySelector = new LinkedHashMap<>();
        for (ScheduleRule rule : rules) {
            Optional<String> selector = selector(rule, prefix.isEmpty());
            if (selector.isEmpty()) {
                return Optional.empty();
            }
            for (Map.Entry<String, ScheduleRule> seen : ruleBySelector.entrySet()) {
                if (!seen.getKey().equals(selector.get()) && shareDays(seen.getValue(), rule)) {
                    return Optional.empty();
                }
            }
            ruleBySelector.putIfAbsent(selector.get(), rule);
            timesBySelector
                    .computeIfAbsent(selector.get(), s -> new TreeSet<>())
                    .add(time(rule.start()) + "-" + time(rule.end()));
        }
        return Optional.of(timesBySelector.entrySet().stream()
                .map(e -> prefix + e.getKey() + " " + String.join(",", e.getValue()))
                .toList());
    }

    /** "Tu,Th", "Mo-Fr", "We[2,4]", "Sa[1,3],Su[1,3]", "Jan,Mar,May,Jul,Sep,Nov Su[3]". */
    private static Optional<String> selector(ScheduleRule rule, boolean monthsAllowed) {
        if (rule.frequency() == Frequency.WEEKLY) {
            return rule.interval() == 1 ? Optional.of(weekdayRanges(rule.weekdays())) : Optional.empty();
        }
        String nth = rule.weeksOfMonth().stream()
                .sorted(Comparator.comparing((Integer w) -> w == -1).thenComparing(w -> w))
                .distinct()
                .map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]"));
        String days = new TreeSet<>(rule.weekdays())
                .stream().map(d -> OSM_DAYS[d.ordinal()] + nth).collect(Collectors.joining(","));
        if (rule.interval() == 1) {
            return Optional.of(days);
        }
        LocalDate anchor = rule.anchor();
        if (!monthsAllowed || anchor == null || 12 % rule.interval() != 0) {
            return Optional.empty();
        }
        List<String> months = new ArrayList<>();
        for (int m = (anchor.getMonthValue() - 1) % rule.interval() + 1; m <= 12; m += rule.interval()) {
            months.add(monthName(m));
        }
        return Optional.of(String.join(",", months) + " " + days);
    }

    /** Whether some date could match both rules (conservatively: months and intervals are not compared). */
    private static boolean shareDays(ScheduleRule a, ScheduleRule b) {
        if (a.weekdays().stream().noneMatch(b.weekdays()::contains)) {
            return false;
        }
        if (a.frequency() == Frequency.WEEKLY || b.frequency() == Frequency.WEEKLY) {
            return true;
        }
        return a.weeksOfMonth().stream().anyMatch(b.weeksOfMonth()::contains)
                || mayBeLast(a.weeksOfMonth(), b.weeksOfMonth())
                || mayBeLast(b.weeksOfMonth(), a.weeksOfMonth());
    }

    /** The last weekday of a month is its 4th or 5th. */
    private static boolean mayBeLast(List<Integer> withLast, List<Integer> other) {
        return withLast.contains(-1) && (other.contains(4) || other.contains(5));
    }

    /** A season needs no "off" when its plain weekly rules take over every weekday the regular rules use. */
    private static boolean coversRegularDays(List<ScheduleRule> seasonRules, List<ScheduleRule> regular) {
        Set<Weekday> covered = EnumSet.noneOf(Weekday.class);
        seasonRules.stream()
                .filter(r -> r.frequency() == Frequency.WEEKLY && r.interval() == 1)
                .forEach(r -> covered.addAll(r.weekdays()));
        return regular.stream().allMatch(r -> covered.containsAll(r.weekdays()));
    }

    /** Three or more days in a row become a range: "Mo-Fr", "Tu,Th", "Mo-We,Sa". */
    private static String weekdayRanges(List<Weekday> weekdays) {
        List<String> parts = new ArrayList<>();
        List<Weekday> run = new ArrayList<>();
        for (Weekday day : new TreeSet<>(weekdays)) {
            if (!run.isEmpty() && run.get(run.size() - 1).ordinal() + 1 != day.ordinal()) {
                addRun(run, parts);
                run.clear();
            }
            run.add(day);
        }
        addRun(run, parts);
        return String.join(",", parts);
    }

    private static void addRun(List<Weekday> run, List<String> parts) {
        if (run.size() >= 3) {
            parts.add(OSM_DAYS[run.get(0).ordinal()] + "-"
                    + OSM_DAYS[run.get(run.size() - 1).ordinal()]);
        } else {
            run.forEach(day -> parts.add(OSM_DAYS[day.ordinal()]));
        }
    }

    /** Seasons are dated, so their range carries the year: "2026 Jul 20-Aug 31", "2026 Dec 20-2027 Jan 07". */
    private static String dateRange(LocalDate from, LocalDate to) {
        String end = from.getYear() == to.getYear()
                ? monthDay(MonthDay.from(to))
                : to.getYear() + " " + monthDay(MonthDay.from(to));
        return from.getYear() + " " + monthDay(MonthDay.from(from)) + "-" + end;
    }

    private static String monthDay(MonthDay day) {
        return monthName(day.getMonthValue()) + " " + String.format("%02d", day.getDayOfMonth());
    }

    private static String monthName(int month) {
        return OSM_MONTHS[month - 1];
    }

    private static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
