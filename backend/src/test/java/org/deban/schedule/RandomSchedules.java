package org.deban.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Valid schedules drawn at random from a fixed seed, for property tests. Regular rules start on the hour or half
 * hour and season rules at :15 or :45, so a test can tell from an occurrence which kind of rule made it.
 */
final class RandomSchedules {

    static final LocalDate WINDOW_FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate WINDOW_TO = LocalDate.of(2027, 6, 30);

    private static final DateTimeFormatter MM_DD = DateTimeFormatter.ofPattern("MM-dd");
    private static final int[] WEEKS = {1, 2, 3, 4, 5, -1};

    private final Random random;

    RandomSchedules(long seed) {
        this.random = new Random(seed);
    }

    Schedule next() {
        LocalDate validFrom = chance(0.3) ? date(LocalDate.of(2026, 1, 1), 180) : null;
        LocalDate validUntil = chance(0.3) ? date(LocalDate.of(2026, 12, 1), 300) : null;
        List<ScheduleRule> rules = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            rules.add(rule(0));
        }
        List<Season> seasons = new ArrayList<>();
        if (chance(0.4)) {
            seasons.add(season("夏休み", date(LocalDate.of(2026, 3, 1), 200)));
        }
        if (chance(0.3)) {
            seasons.add(season("冬休み", date(LocalDate.of(2026, 10, 1), 200)));
        }
        List<Closure> closures = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate from = date(LocalDate.of(2025, 1, 1), 365);
            LocalDate to = from.plusDays(random.nextInt(10));
            closures.add(new Closure("休み" + i, MM_DD.format(MonthDay.from(from)), MM_DD.format(MonthDay.from(to))));
        }
        Set<LocalDate> cancelled = new LinkedHashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            cancelled.add(date(WINDOW_FROM, 545));
        }
        LocalDate eventsFrom = validFrom != null ? validFrom : WINDOW_FROM;
        LocalDate eventsTo = validUntil != null ? validUntil : WINDOW_TO;
        List<ScheduledEvent> events = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalTime start = LocalTime.of(8 + random.nextInt(10), 0);
            LocalDate date = date(eventsFrom, (int) (eventsTo.toEpochDay() - eventsFrom.toEpochDay()) + 1);
            events.add(new ScheduledEvent(
                    date,
                    start,
                    start.plusHours(1 + random.nextInt(4)),
                    chance(0.8) ? "イベント" + i : null,
                    chance(0.7) ? random.nextInt(120) : null));
            if (chance(0.3)) {
                cancelled.add(date);
            }
        }
        return new Schedule(
                rules,
                seasons,
                chance(0.6),
                closures,
                cancelled.stream().map(d -> new Cancellation(d, "理由" + d)).toList(),
                events,
                validFrom,
                validUntil);
    }

    private Season season(String name, LocalDate from) {
        List<ScheduleRule> rules = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            rules.add(rule(15));
        }
        return new Season(name, from, from.plusDays(5 + random.nextInt(60)), rules);
    }

    private ScheduleRule rule(int minuteOffset) {
        Set<Weekday> days = EnumSet.noneOf(Weekday.class);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            days.add(Weekday.values()[random.nextInt(7)]);
        }
        LocalTime start = LocalTime.of(6 + random.nextInt(14), minuteOffset + 30 * random.nextInt(2));
        LocalTime end = start.plusMinutes(30 + 30 * random.nextInt(6));
        boolean monthly = chance(0.5);
        List<Integer> weeks = new ArrayList<>();
        if (monthly) {
            Set<Integer> picked = new LinkedHashSet<>();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                picked.add(WEEKS[random.nextInt(WEEKS.length)]);
            }
            weeks.addAll(picked);
        }
        int interval = 1;
        LocalDate anchor = null;
        if (chance(0.35)) {
            int[] choices = monthly ? new int[] {2, 3, 4, 6, 12, 5} : new int[] {2, 3, 4};
            interval = choices[random.nextInt(choices.length)];
            anchor = date(LocalDate.of(2025, 1, 1), 1000);
        }
        return new ScheduleRule(
                monthly ? Frequency.MONTHLY : Frequency.WEEKLY, List.copyOf(days), weeks, interval, anchor, start, end);
    }

    private LocalDate date(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
