package org.deban.interop;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deban.schedule.ScheduleRule;
import org.deban.schedule.Weekday;
import org.jspecify.annotations.Nullable;

/**
 * Reads the day and time columns of a list (毎週水曜, 第1・3土曜, 月・水・金, 月〜金, 17時, １７：００) into
 * schedule rules. Text is NFKC-normalised first. What it cannot read exactly is refused with a reason,
 * never guessed: 隔週 without a start date, 不定期, 祝日のみ and the like.
 */
final class ScheduleParser {
    private static final String DAYS = "月火水木金土日";
    private static final Pattern CLOCK =
            Pattern.compile("(午前|午後)?(\\d{1,2})(?::(\\d{2})(?::\\d{2})?|時(?:(\\d{1,2})分|半)?)");
    private static final Pattern NTH = Pattern.compile("第(\\d)(?:[・,、/及びと]*第?(\\d))*");
    private static final Pattern NTH_NUMBER = Pattern.compile("\\d");
    /** A weekday, or a range of them (月~金), with its optional 曜 / 曜日. */
    private static final Pattern DAY =
            Pattern.compile("([" + DAYS + "])(?:曜日?)?(?:[~〜\\-ー－から]+([" + DAYS + "])(?:曜日?)?(?:まで)?)?");

    private ScheduleParser() {}

    /** A parsed day column, or why it could not be read. */
    record Days(
            List<Weekday> weekdays,
            List<Integer> weeksOfMonth,
            @Nullable String problem) {
        static Days problem(String why) {
            return new Days(List.of(), List.of(), why);
        }

        boolean monthly() {
            return !weeksOfMonth.isEmpty();
        }
    }

    /** The day column: 毎週水曜 / 第1・3土曜 / 月・水・金 / 月~金 / 毎日 / 平日 / 土日. */
    static Days days(String text) {
        String s = JapaneseText.normalise(text).replaceAll("\\s", "");
        if (s.contains("隔週") || s.contains("隔月")) {
            return Days.problem("隔週・隔月は基準日が要るため、取り込み後に画面で設定してください");
        }
        if (s.contains("不定期") || s.contains("要相談") || s.contains("随時")) {
            return Days.problem("不定期の開催は曜日の規則になりません（取り込み後に個別の日程を登録してください）");
        }
        if (s.contains("祝")) {
            return Days.problem("祝日の扱いは曜日の欄ではなく「祝日休み」の欄で指定してください");
        }
        List<Integer> weeks = new ArrayList<>();
        Matcher nth = NTH.matcher(s);
        int groups = 0;
        while (nth.find()) {
            groups++;
            Matcher number = NTH_NUMBER.matcher(nth.group());
            while (number.find()) weeks.add(Integer.parseInt(number.group()));
        }
        if (groups > 1) {
            // 第1土曜・第3日曜 is two rules; one row makes one, so say so rather than mix them.
            return Days.problem("週ごとに曜日が違う指定（例: 第1土曜・第3日曜）は1行に1つの規則で書いてください");
        }
        if (weeks.stream().anyMatch(w -> w < 1 || w > 5)) return Days.problem("第1〜第5週で指定してください");
        String rest = NTH.matcher(s).replaceAll("");
        if (rest.contains("最終")) {
            weeks.add(-1);
            rest = rest.replace("最終", "");
        }
        Set<Weekday> days = new LinkedHashSet<>();
        if (rest.contains("毎日")) days.addAll(List.of(Weekday.values()));
        rest = rest.replace("毎日", "")
                .replace("毎週", "")
                .replace("毎月", "")
                .replace("週", "")
                .replace("毎", "");
        if (rest.contains("平日")) days.addAll(List.of(Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI));
        rest = rest.replace("平日", "");
        Matcher day = DAY.matcher(rest);
        StringBuilder leftover = new StringBuilder();
        int last = 0;
        while (day.find()) {
            leftover.append(rest, last, day.start());
            last = day.end();
            int from = DAYS.indexOf(day.group(1));
            int to = day.group(2) == null ? from : DAYS.indexOf(day.group(2));
            if (to < from) return Days.problem("曜日の範囲「" + day.group() + "」が逆順です");
            for (int i = from; i <= to; i++) days.add(Weekday.values()[i]);
        }
        leftover.append(rest.substring(last));
        String unread = leftover.toString().replaceAll("[・,、/及びとおよび]", "");
        if (!unread.isEmpty() || days.isEmpty()) {
            return Days.problem("曜日として読めません: 「" + text.strip() + "」（例: 毎週水曜、第1・3土曜、月・水・金）");
        }
        return new Days(List.copyOf(days), List.copyOf(weeks), null);
    }

    /** A time of day: 17:00, 17時, 17時30分, 17時半, 午後5時, １７：００, or an Excel time (a fraction of a day). */
    static @Nullable LocalTime time(String text) {
        String s = JapaneseText.normalise(text).replaceAll("\\s", "");
        if (s.matches("0?\\.\\d+")) {
            long minutes = Math.round(Double.parseDouble(s) * 24 * 60);
            return minutes < 24 * 60 ? LocalTime.of((int) (minutes / 60), (int) (minutes % 60)) : null;
        }
        Matcher m = CLOCK.matcher(s);
        if (!m.matches()) return null;
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) != null
                ? Integer.parseInt(m.group(3))
                : m.group(4) != null ? Integer.parseInt(m.group(4)) : s.endsWith("半") ? 30 : 0;
        if ("午後".equals(m.group(1)) && hour < 12) hour += 12;
        if (hour > 23 || minute > 59) return null;
        return LocalTime.of(hour, minute);
    }

    /** The rule for parsed days and times. */
    static ScheduleRule rule(Days days, LocalTime start, LocalTime end) {
        return days.monthly()
                ? ScheduleRule.monthly(days.weeksOfMonth(), days.weekdays(), start, end)
                : ScheduleRule.weekly(days.weekdays(), start, end);
    }
}
