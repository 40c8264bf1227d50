package org.deban.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.deban.common.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Refuses schedules that cannot mean anything ("第6水曜", 12:00–10:00, 隔週 without knowing which weeks) and
 * names each bad field by its JSON path, so that the registration form can put the message next to the field.
 *
 * <p>Input comes straight from JSON, so any field may be {@code null} here even where the record type says
 * otherwise. Codes: {@code REQUIRED} missing; {@code INVALID_FORMAT} unparsable text; {@code OUT_OF_RANGE} a number
 * outside its bounds; {@code INVALID_VALUE} a value that contradicts another (end before start, overlaps).
 */
public final class ScheduleValidator {

    static final int MAX_INTERVAL = 12;

    private ScheduleValidator() {}

    /** Validates a schedule sent as the {@code schedule} field of an offer. */
    public static List<FieldError> validate(Schedule schedule) {
        return validate(schedule, "schedule");
    }

    /** Validates a schedule found at {@code path}, e.g. {@code offers[2].schedule} in an import file. */
    public static List<FieldError> validate(Schedule schedule, String path) {
        List<FieldError> errors = new ArrayList<>();
        rules(schedule.rules(), path + ".rules", errors);
        seasons(schedule.seasons(), path + ".seasons", errors);
        closures(schedule.closures(), path + ".closures", errors);
        cancellations(schedule.cancellations(), path + ".cancellations", errors);
        events(schedule, path + ".events", errors);
        LocalDate validFrom = schedule.validFrom();
        LocalDate validUntil = schedule.validUntil();
        if (validFrom != null && validUntil != null && validFrom.isAfter(validUntil)) {
            errors.add(invalid(path + ".validUntil", "有効期間の終了日は開始日以降にしてください"));
        }
        return List.copyOf(errors);
    }

    private static void rules(List<ScheduleRule> rules, String path, List<FieldError> errors) {
        for (int i = 0; i < rules.size(); i++) {
            rule(rules.get(i), path + "[" + i + "]", errors);
        }
    }

    private static void rule(ScheduleRule rule, String path, List<FieldError> errors) {
        if (rule.frequency() == null) {
            errors.add(required(path + ".frequency", "繰り返し（毎週・毎月）を指定してください"));
        }
        if (rule.weekdays().isEmpty()) {
            errors.add(required(path + ".weekdays", "曜日を1つ以上指定してください"));
        } else if (new HashSet<>(rule.weekdays()).size() < rule.weekdays().size()) {
            errors.add(invalid(path + ".weekdays", "同じ曜日が重複しています"));
        }
        weeksOfMonth(rule, path + ".weeksOfMonth", errors);
        if (rule.interval() < 1 || rule.interval() > MAX_INTERVAL) {
            errors.add(outOfRange(path + ".interval", "間隔は1〜" + MAX_INTERVAL + "で指定してください"));
        } else if (rule.interval() > 1 && rule.anchor() == null) {
            errors.add(required(path + ".anchor", "隔週・隔月などでは、開催のある週または月の日付（基準日）を1つ指定してください"));
        }
        timeWindow(rule.start(), rule.end(), path, errors);
    }

    private static void weeksOfMonth(ScheduleRule rule, String path, List<FieldError> errors) {
        List<Integer> weeks = rule.weeksOfMonth();
        if (rule.frequency() == Frequency.WEEKLY && !weeks.isEmpty()) {
            errors.add(invalid(path, "第何週の指定は毎月の繰り返しでだけ使えます"));
            return;
        }
        if (rule.frequency() == Frequency.MONTHLY && weeks.isEmpty()) {
            errors.add(required(path, "第何週かを指定してください（1〜5、最終は-1）"));
            return;
        }
        for (int i = 0; i < weeks.size(); i++) {
            int week = weeks.get(i);
            if (week != -1 && (week < 1 || week > 5)) {
                errors.add(outOfRange(path + "[" + i + "]", "第何週は1〜5、最終は-1で指定してください"));
            }
        }
        if (new HashSet<>(weeks).size() < weeks.size()) {
            errors.add(invalid(path, "同じ週が重複しています"));
        }
    }

    private static void seasons(List<Season> seasons, String path, List<FieldError> errors) {
        for (int i = 0; i < seasons.size(); i++) {
            Season season = seasons.get(i);
            String at = path + "[" + i + "]";
            if (isBlank(season.name())) {
                errors.add(required(at + ".name", "期間の名前を入力してください（例：夏休み）"));
            }
            if (season.from() == null) {
                errors.add(required(at + ".from", "期間の開始日を指定してください"));
            }
            if (season.to() == null) {
                errors.add(required(at + ".to", "期間の終了日を指定してください"));
            }
            if (season.from() != null && season.to() != null) {
                if (season.from().isAfter(season.to())) {
                    errors.add(invalid(at + ".to", "期間の終了日は開始日以降にしてください"));
                } else {
                    overlap(seasons, i, at, errors);
                }
            }
            rules(season.rules(), at + ".rules", errors);
        }
    }

    /** Overlapping seasons would make "which rules apply today" depend on list order. */
    private static void overlap(List<Season> seasons, int index, String path, List<FieldError> errors) {
        Season season = seasons.get(index);
        for (int j = 0; j < index; j++) {
            Season other = seasons.get(j);
            if (other.from() != null
                    && other.to() != null
                    && !other.from().isAfter(other.to())
                    && !season.from().isAfter(other.to())
                    && !other.from().isAfter(season.to())) {
                errors.add(invalid(path + ".from", "ほかの期間（" + other.name() + "）と重なっています"));
                return;
            }
        }
    }

    private static void closures(List<Closure> closures, String path, List<FieldError> errors) {
        for (int i = 0; i < closures.size(); i++) {
            Closure closure = closures.get(i);
            String at = path + "[" + i + "]";
            if (isBlank(closure.name())) {
                errors.add(required(at + ".name", "休みの名前を入力してください（例：年末年始）"));
            }
            monthDay(closure.from(), at + ".from", errors);
            monthDay(closure.to(), at + ".to", errors);
        }
    }

    private static void monthDay(@Nullable String value, String path, List<FieldError> errors) {
        if (isBlank(value)) {
            errors.add(required(path, "月日を指定してください（例：12-29）"));
        } else if (Closure.parse(value).isEmpty()) {
            errors.add(new FieldError(path, "INVALID_FORMAT", "月日はMM-dd形式で指定してください（例：12-29）"));
        }
    }

    private static void cancellations(List<Cancellation> cancellations, String path, List<FieldError> errors) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < cancellations.size(); i++) {
            Cancellation cancellation = cancellations.get(i);
            String at = path + "[" + i + "]";
            if (cancellation.date() == null) {
                errors.add(required(at + ".date", "中止する日を指定してください"));
            } else if (!seen.add(cancellation.date())) {
                errors.add(invalid(at + ".date", "同じ日の中止が重複しています"));
            }
            if (isBlank(cancellation.reason())) {
                errors.add(required(at + ".reason", "中止の理由を入力してください（利用者に表示されます）"));
            }
        }
    }

    private static void events(Schedule schedule, String path, List<FieldError> errors) {
        List<ScheduledEvent> events = schedule.events();
        for (int i = 0; i < events.size(); i++) {
            ScheduledEvent event = events.get(i);
            String at = path + "[" + i + "]";
            if (event.date() == null) {
                errors.add(required(at + ".date", "イベントの日付を指定してください"));
            } else if (!schedule.isValidOn(event.date())) {
                errors.add(invalid(at + ".date", "イベントの日付がスケジュールの有効期間の外にあります"));
            }
            timeWindow(event.start(), event.end(), at, errors);
            Integer headcount = event.expectedHeadcount();
            if (headcount != null && headcount < 0) {
                errors.add(outOfRange(at + ".expectedHeadcount", "予想人数は0以上で指定してください"));
            }
        }
    }

    private static void timeWindow(
            @Nullable LocalTime start, @Nullable LocalTime end, String path, List<FieldError> errors) {
        if (start == null) {
            errors.add(required(path + ".start", "開始時刻を指定してください"));
        }
        if (end == null) {
            errors.add(required(path + ".end", "終了時刻を指定してください"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(invalid(path + ".end", "終了時刻は開始時刻より後にしてください"));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static FieldError required(String field, String message) {
        return new FieldError(field, "REQUIRED", message);
    }

    private static FieldError outOfRange(String field, String message) {
        return new FieldError(field, "OUT_OF_RANGE", message);
    }

    private static FieldError invalid(String field, String message) {
        return new FieldError(field, "INVALID_VALUE", message);
    }
}
