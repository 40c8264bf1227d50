package org.deban.interop;

import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deban.areas.Towns;
import org.deban.catalogue.Contact;
import org.deban.catalogue.Location;
import org.deban.catalogue.offer.OfferType;
import org.deban.catalogue.place.PlaceKind;
import org.deban.common.FieldError;
import org.deban.gis.JapanBounds;
import org.deban.gis.address.GeocodeResult;
import org.deban.gis.address.MatchLevel;
import org.deban.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * Turns one list row into a {@link Draft}, or says, column by column, why it cannot. Errors name the
 * column as the file's header does, so the person fixing the file finds it.
 */
@Singleton
class RowMapper {
    private final Towns towns;

    RowMapper(Towns towns) {
        this.towns = towns;
    }

    /** One row read: the draft when all is well, and what was noticed on the way. */
    record Mapped(
            int row,
            String name,
            @Nullable String address,
            @Nullable Draft draft,
            List<FieldError> errors,
            List<String> warnings) {}

    /** The cells of one row by meaning, and the errors and warnings gathered while reading them. */
    private record Reading(
            Layout layout, Map<Column, Integer> at, Table.Row row, List<FieldError> errors, List<String> warnings) {
        @Nullable
        String text(Column column) {
            Integer i = at.get(column);
            return i == null ? null : JapaneseText.orNull(row.cell(i));
        }

        void error(Column column, String code, String message) {
            errors.add(new FieldError(layout.headerOf(column), code, message));
        }

        @Nullable
        Integer number(Column column) {
            String s = text(column);
            if (s == null) return null;
            try {
                return Integer.valueOf(
                        s.replace(",", "").replace("円", "").replace("人", "").replace("歳", ""));
            } catch (NumberFormatException e) {
                error(column, "INVALID_FORMAT", "数として読めません: 「" + s + "」");
                return null;
            }
        }
    }

    Mapped map(Layout layout, Map<Column, Integer> at, Table.Row row) {
        Reading r = new Reading(layout, at, row, new ArrayList<>(), new ArrayList<>());
        String name = r.text(Column.NAME);
        if (name == null) r.error(Column.NAME, "REQUIRED", "名前がありません");
        String address = join(" ", r.text(Column.ADDRESS), r.text(Column.ADDRESS_DETAIL));
        PlaceKind kind = kind(r);
        Location location = location(r, address);
        OfferType type = layout.offerTitle != null ? OfferType.PARTICIPATION : offerType(r);
        Schedule schedule = schedule(r);
        Integer costYen = r.number(Column.COST_YEN);
        Integer minAge = r.number(Column.MIN_AGE);
        Integer capacity = r.number(Column.CAPACITY);
        String label = name == null ? "" : name;
        if (!r.errors().isEmpty()
                || name == null
                || kind == null
                || location == null
                || type == null
                || schedule == null) {
            return new Mapped(row.number(), label, address, null, r.errors(), r.warnings());
        }
        String title = layout.offerTitle != null ? layout.offerTitle : r.text(Column.OFFER_TITLE);
        Draft draft = new Draft(
                name,
                r.text(Column.NAME_KANA),
                kind,
                address,
                location,
                join("\n", r.text(Column.DESCRIPTION), r.text(Column.NOTE)),
                Contact.of(null, r.text(Column.PHONE), null, r.text(Column.URL)),
                title == null ? "参加" : title,
                type,
                join(
                        "\n",
                        prefixed("参加条件: ", r.text(Column.CONDITIONS)),
                        prefixed("日時の補足: ", r.text(Column.SCHEDULE_NOTE))),
                schedule,
                costYen,
                r.text(Column.COST_NOTE),
                minAge,
                capacity);
        return new Mapped(row.number(), name, address, draft, r.errors(), r.warnings());
    }

    private static @Nullable PlaceKind kind(Reading r) {
        if (r.layout().kind != null) return r.layout().kind;
        String cell = r.text(Column.KIND);
        PlaceKind kind = cell == null ? null : Labels.kind(cell).orElse(null);
        if (kind != null) return kind;
        if (r.layout() == Layout.PUBLIC_FACILITIES) {
            // A city's list names its own 種別 (図書館, 体育館 …): imported as a hall, and said so.
            r.warnings().add("種別「" + (cell == null ? "" : cell) + "」は公民館・集会所として取り込みます");
            return PlaceKind.COMMUNITY_HALL;
        }
        r.error(Column.KIND, cell == null ? "REQUIRED" : "INVALID_VALUE", "場所の種類がありません・読めません（例: サロン、子ども食堂、公民館）");
        return null;
    }

    private static @Nullable OfferType offerType(Reading r) {
        String cell = r.text(Column.OFFER_TYPE);
        OfferType type = Labels.offerType(cell == null ? "" : cell).orElse(null);
        if (type == null) r.error(Column.OFFER_TYPE, "INVALID_VALUE", "活動の種類は 参加・ボランティア・就労体験 のどれかです（会場提供は画面で登録してください）");
        return type;
    }

    /** The row's point; without one, the 町丁目 of its address, said so; never a guess coarser than that. */
    private @Nullable Location location(Reading r, @Nullable String address) {
        String lat = r.text(Column.LAT);
        String lon = r.text(Column.LON);
        if (lat == null && lon == null) {
            if (address == null) {
                r.error(Column.LAT, "REQUIRED", "緯度・経度も住所もありません");
                return null;
            }
            GeocodeResult found = towns.matcher().match(address);
            if (found.point() == null || (found.level() != MatchLevel.CHOME && found.level() != MatchLevel.OAZA)) {
                r.error(
                        Column.LAT,
                        "NOT_LOCATED",
                        "緯度・経度がなく、住所から町丁目を特定できません" + (found.reason() == null ? "" : "（" + found.reason() + "）"));
                return null;
            }
            r.warnings().add("緯度・経度がないため、住所の町丁目（" + found.matched() + "）の代表点を使いました");
            return Location.of(found.point());
        }
        Double la = coordinate(r, Column.LAT, lat);
        Double lo = coordinate(r, Column.LON, lon);
        if (la == null || lo == null) return null;
        if (JapanBounds.looksSwapped(la, lo)) {
            r.error(Column.LAT, "OUT_OF_RANGE", "緯度と経度が逆になっているようです");
            return null;
        }
        if (!JapanBounds.contains(la, lo)) {
            r.error(Column.LAT, "OUT_OF_RANGE", "日本国内の位置ではありません（緯度 20〜46、経度 122〜154）");
            return null;
        }
        return new Location(la, lo);
    }

    private static @Nullable Double coordinate(Reading r, Column column, @Nullable String text) {
        if (text == null) {
            r.error(column, "REQUIRED", "緯度と経度は両方書いてください");
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            r.error(column, "INVALID_FORMAT", "数として読めません: 「" + text + "」");
            return null;
        }
    }

    private static @Nullable Schedule schedule(Reading r) {
        String days = r.text(Column.WEEKDAYS);
        String start = r.text(Column.START);
        String end = r.text(Column.END);
        if (days == null && start == null && end == null) {
            r.warnings().add("曜日・時刻が書かれていないため、日時は「要相談」として取り込みます");
            return Schedule.EMPTY;
        }
        ScheduleParser.Days parsed = days == null ? ScheduleParser.Days.problem("曜日がありません") : ScheduleParser.days(days);
        if (parsed.problem() != null)
            r.error(Column.WEEKDAYS, days == null ? "REQUIRED" : "INVALID_FORMAT", parsed.problem());
        else frequency(r, parsed);
        LocalTime from = time(r, Column.START, start);
        LocalTime to = time(r, Column.END, end);
        if (from != null && to != null && !to.isAfter(from)) {
            r.error(Column.END, "OUT_OF_RANGE", "終了時刻は開始時刻より後にしてください（日をまたぐ時間帯は取り込めません）");
        }
        if (!r.errors().isEmpty() || parsed.problem() != null || from == null || to == null) return null;
        return Schedule.of(
                List.of(ScheduleParser.rule(parsed, from, to)), Labels.yes(textOrEmpty(r, Column.CLOSED_ON_HOLIDAYS)));
    }

    /** 開催頻度 that a weekly rule would misstate (月1回 without 第n, 隔週, 不定期) is refused, not rounded. */
    private static void frequency(Reading r, ScheduleParser.Days days) {
        String f = r.text(Column.FREQUENCY);
        if (f == null || days.monthly()) return;
        // こども食堂のデータフォーマット's codes: 4 = 2週間に1回, 5 = 月1回, 6 = 数か月に1回, 7 = 季節限定, 8 = 不定期.
        boolean monthly = f.equals("5") || f.matches(".*月\\d+回.*");
        boolean irregular = f.matches("[4678]")
                || f.contains("隔週")
                || f.contains("2週")
                || f.contains("不定期")
                || f.contains("季節")
                || f.contains("数か月");
        if (monthly) r.error(Column.WEEKDAYS, "INVALID_FORMAT", "開催頻度は月ごとですが、第何週か書かれていません（例: 第2土曜）");
        else if (irregular)
            r.error(Column.FREQUENCY, "INVALID_VALUE", "開催頻度「" + f + "」は曜日の規則で表せません（取り込み後に画面で設定してください）");
    }

    private static @Nullable LocalTime time(Reading r, Column column, @Nullable String text) {
        if (text == null) {
            r.error(column, "REQUIRED", "時刻がありません");
            return null;
        }
        LocalTime time = ScheduleParser.time(text);
        if (time == null) r.error(column, "INVALID_FORMAT", "時刻として読めません: 「" + text + "」（例: 17:00、17時）");
        return time;
    }

    private static String textOrEmpty(Reading r, Column column) {
        String s = r.text(column);
        return s == null ? "" : s;
    }

    private static @Nullable String prefixed(String prefix, @Nullable String text) {
        return text == null ? null : prefix + text;
    }

    private static @Nullable String join(String separator, @Nullable String a, @Nullable String b) {
        if (a == null) return b;
        return b == null ? a : a + separator + b;
    }
}
