package org.deban.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.deban.schedule.Cancellation;
import org.deban.schedule.Closure;
import org.deban.schedule.Schedule;
import org.deban.schedule.ScheduleRule;
import org.deban.schedule.ScheduledEvent;
import org.deban.schedule.Season;
import org.deban.schedule.Weekday;
import org.jspecify.annotations.Nullable;

/**
 * Schedules of every shape the schedule module knows — weekly, nth and last weekday of the month, 隔週, every N
 * months, seasons, yearly closures, 祝日休み, cancellations, event days, validity — with their dates placed around
 * today, so that each shape shows up in the materialised window.
 */
final class ScheduleMaker {
    private static final List<String> EVENT_TITLES =
            List.of("交流会", "作品展", "見学会", "体験会", "ミニコンサート", "健康講座", "食事会", "防災講座");
    private static final List<String> CANCELLATION_REASONS =
            List.of("会場点検のため休みます", "台風接近のため中止します", "世話人の都合により休みます", "地域の行事と重なるため休みます");

    private ScheduleMaker() {}

    /**
     * A schedule at the template's time of day, with its dates between today and the end of the materialised
     * window; none (arranged case by case, 随時・要相談) when the template has no time. Shapes: 30 % weekly, 25 %
     * nth weekday of the month, 10 % 隔週, 10 % every 2 or 3 months, 10 % weekly with a season, 5 % last weekday
     * of the month, 10 % event days only; then 祝日休み, closures, an extra event day, a cancellation and a
     * validity period now and then.
     */
    static Schedule make(
            @Nullable LocalTime start, @Nullable LocalTime end, LocalDate today, LocalDate windowEnd, Random random) {
        if (start == null || end == null) return Schedule.EMPTY;
        int windowDays = (int) (windowEnd.toEpochDay() - today.toEpochDay()) + 1;
        int shape = random.nextInt(20);
        if (shape >= 18) return withClosures(eventsOnly(start, end, today, windowDays, random), random);

        List<ScheduleRule> rules = new ArrayList<>();
        List<Season> seasons = new ArrayList<>();
        if (shape < 6) {
            rules.add(ScheduleRule.weekly(weekdays(random), start, end));
        } else if (shape < 11) {
            List<Integer> weeks =
                    Vocabulary.pick(List.of(List.of(1), List.of(2), List.of(1, 3), List.of(2, 4)), random);
            rules.add(ScheduleRule.monthly(weeks, List.of(weekday(random)), start, end));
        } else if (shape < 13) {
            rules.add(ScheduleRule.weekly(List.of(weekday(random)), start, end)
                    .every(2, today.plusDays(random.nextInt(14))));
        } else if (shape < 15) {
            int months = 2 + random.nextInt(2);
            rules.add(ScheduleRule.monthly(List.of(1 + random.nextInt(4)), List.of(weekday(random)), start, end)
                    .every(months, today.plusMonths(random.nextInt(months))));
        } else if (shape < 17) {
            rules.add(ScheduleRule.weekly(weekdays(random), start, end));
            seasons.add(season(start, end, today, random));
        } else {
            rules.add(ScheduleRule.monthly(List.of(-1), List.of(weekday(random)), start, end));
        }

        List<ScheduledEvent> events = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            events.add(event(start, end, today.plusDays(1 + random.nextInt(windowDays - 1)), random));
        }
        List<Cancellation> cancellations = new ArrayList<>();
        LocalDate firstDate = firstDate(rules.getFirst(), today, windowDays);
        if (firstDate != null && random.nextInt(20) == 0) {
            cancellations.add(new Cancellation(firstDate, Vocabulary.pick(CANCELLATION_REASONS, random)));
        }
        LocalDate validFrom = null;
        LocalDate validUntil = null;
        if (events.isEmpty() && random.nextInt(20) == 0) validFrom = today.plusDays(7 + random.nextInt(21));
        if (events.isEmpty() && random.nextInt(20) == 0) validUntil = today.plusDays(30 + random.nextInt(90));
        Schedule schedule = new Schedule(
                rules, seasons, random.nextBoolean(), List.of(), cancellations, events, validFrom, validUntil);
        return withClosures(schedule, random);
    }

    /** 年末年始 for many, お盆 for some: yearly closures in MM-dd. */
    private static Schedule withClosures(Schedule schedule, Random random) {
        List<Closure> closures = new ArrayList<>();
        if (random.nextInt(10) < 4) closures.add(new Closure("年末年始", "12-29", "01-03"));
        if (random.nextInt(10) < 1) closures.add(new Closure("お盆", "08-13", "08-16"));
        return schedule.withClosures(closures);
    }

    /** One-off days only (年に数回のイベント): 1–3 dates in the window. */
    private static Schedule eventsOnly(LocalTime start, LocalTime end, LocalDate today, int windowDays, Random random) {
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) dates.add(today.plusDays(1 + random.nextInt(windowDays - 1)));
        List<ScheduledEvent> events =
                dates.stream().map(date -> event(start, end, date, random)).toList();
        return Schedule.EMPTY.withEvents(events);
    }

    private static ScheduledEvent event(LocalTime start, LocalTime end, LocalDate date, Random random) {
        return new ScheduledEvent(date, start, end, Vocabulary.pick(EVENT_TITLES, random), 10 + random.nextInt(71));
    }

    /** A period starting within a month with other hours, or closed altogether (no rules). */
    private static Season season(LocalTime start, LocalTime end, LocalDate today, Random random) {
        LocalDate from = today.plusDays(random.nextInt(30));
        LocalDate to = from.plusDays(13 + random.nextInt(32));
        List<ScheduleRule> rules =
                random.nextBoolean() ? List.of() : List.of(ScheduleRule.weekly(List.of(weekday(random)), start, end));
        return new Season(seasonName(from), from, to, rules);
    }

    private static String seasonName(LocalDate from) {
        return switch (from.getMonthValue()) {
            case 12, 1, 2 -> "冬季";
            case 3, 4 -> "春休み";
            case 7, 8 -> "夏休み";
            default -> "特別期間";
        };
    }

    private static @Nullable LocalDate firstDate(ScheduleRule rule, LocalDate today, int windowDays) {
        for (int i = 0; i < windowDays; i++) {
            if (rule.matches(today.plusDays(i))) return today.plusDays(i);
        }
        return null;
    }

    private static Weekday weekday(Random random) {
        return Weekday.values()[random.nextInt(7)];
    }

    /** One or two days, mostly weekdays. */
    private static List<Weekday> weekdays(Random random) {
        Set<Weekday> days = EnumSet.of(weekday(random));
        if (random.nextBoolean()) days.add(Weekday.values()[random.nextInt(5)]);
        return List.copyOf(days);
    }
}
