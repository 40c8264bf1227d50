package org.deban.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.common.FieldError;
import org.deban.gis.JapanBounds;
import org.jspecify.annotations.Nullable;

/** Checks a profile before it is stored, naming each field; messages never quote what was typed. */
@Singleton
class PersonValidator {
    private static final int MAX_WINDOWS = 50;
    private static final int MAX_TAGS = 30;

    private final JdbcOperations jdbc;

    PersonValidator(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<FieldError> errors(PersonRequest r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String name = r.displayName() == null ? "" : r.displayName().strip();
        if (name.isEmpty()) errors.add(new FieldError("displayName", "REQUIRED", "氏名（呼び名）を入力してください"));
        else if (name.length() > 100) errors.add(tooLong("displayName", 100));
        length(errors, "nameKana", r.nameKana(), 100);
        length(errors, "contact", r.contact(), 200);
        length(errors, "strengths", r.strengths(), 2000);
        length(errors, "interests", r.interests(), 2000);
        length(errors, "pastWork", r.pastWork(), 2000);
        if (r.age() != null && (r.age() < 0 || r.age() > 120)) {
            errors.add(new FieldError("age", "OUT_OF_RANGE", "年齢は0〜120です"));
        }
        List<String> tags = PersonRequest.orEmpty(r.strengthTags());
        if (tags.size() > MAX_TAGS) errors.add(new FieldError("strengthTags", "OUT_OF_RANGE", "タグは30個までです"));
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank() || tag.length() > 50) {
                errors.add(new FieldError("strengthTags[" + i + "]", "OUT_OF_RANGE", "タグは1〜50文字です"));
            }
        }
        List<Want> wants = PersonRequest.orEmpty(r.wants());
        for (int i = 0; i < wants.size(); i++) {
            if (wants.get(i) == null) errors.add(new FieldError("wants[" + i + "]", "REQUIRED", "希望を選んでください"));
        }
        windows(errors, PersonRequest.orEmpty(r.availability()));
        reach(errors, r.reach());
        home(errors, r.home());
        for (int i = 0; i < PersonRequest.orEmpty(r.constraints()).size(); i++) {
            if (r.constraints().get(i) == null || r.constraints().get(i).code() == null) {
                errors.add(new FieldError("constraints[" + i + "].code", "REQUIRED", "配慮の種類を選んでください"));
            }
        }
        if (r.closedOn() != null && r.closedOn().isAfter(today)) {
            errors.add(new FieldError("closedOn", "OUT_OF_RANGE", "支援終了日に未来の日付は入れられません"));
        }
        return errors;
    }

    private static void windows(List<FieldError> errors, List<TimeWindow> windows) {
        if (windows.size() > MAX_WINDOWS) {
            errors.add(new FieldError("availability", "OUT_OF_RANGE", "時間帯は50個までです"));
        }
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow w = windows.get(i);
            String at = "availability[" + i + "]";
            if (w == null || w.weekday() == null) errors.add(new FieldError(at + ".weekday", "REQUIRED", "曜日を選んでください"));
            if (w == null || w.start() == null) errors.add(new FieldError(at + ".start", "REQUIRED", "開始時刻を入れてください"));
            if (w == null || w.end() == null) errors.add(new FieldError(at + ".end", "REQUIRED", "終了時刻を入れてください"));
            else if (w.start() != null && !w.end().isAfter(w.start()) && !TimeWindow.untilMidnight(w.end())) {
                errors.add(new FieldError(at + ".end", "OUT_OF_RANGE", "終了時刻は開始時刻より後にしてください"));
            }
        }
    }

    private static void reach(List<FieldError> errors, @Nullable Reach reach) {
        if (reach == null) return;
        if (reach.mode() == null) errors.add(new FieldError("reach.mode", "REQUIRED", "移動手段を選んでください"));
        if (reach.minutes() == null && reach.km() == null) {
            errors.add(new FieldError("reach.minutes", "REQUIRED", "何分まで、または何kmまでかを入れてください"));
        }
        if (reach.minutes() != null && (reach.minutes() < 1 || reach.minutes() > 600)) {
            errors.add(new FieldError("reach.minutes", "OUT_OF_RANGE", "分は1〜600です"));
        }
        if (reach.km() != null && (!(reach.km() > 0) || reach.km() > 200)) {
            errors.add(new FieldError("reach.km", "OUT_OF_RANGE", "kmは0より大きく200以下です"));
        }
    }

    /** An area of a layer finer than the municipality, or a labelled point in Japan: one of the two. */
    private void home(List<FieldError> errors, @Nullable Home home) {
        if (home == null) return;
        boolean point = home.lat() != null || home.lon() != null;
        if ((home.areaId() == null) == !point) {
            errors.add(new FieldError("home", "INVALID_VALUE", "地区・町丁目か、目印の地点（駅など）のどちらか一つを指定します"));
            return;
        }
        if (home.areaId() != null) {
            String kind = jdbc.prepareStatement(
                    "SELECT l.kind FROM area a JOIN area_layer l ON l.code = a.layer WHERE a.id = ?", s -> {
                        s.setLong(1, home.areaId());
                        try (var rs = s.executeQuery()) {
                            return rs.next() ? rs.getString(1) : null;
                        }
                    });
            if (kind == null) errors.add(new FieldError("home.areaId", "NOT_FOUND", "その地区はありません"));
            else if (kind.equals("MUNICIPALITY")) {
                errors.add(new FieldError("home.areaId", "INVALID_VALUE", "市区町村より細かい地区・町丁目を選んでください"));
            }
            return;
        }
        if (home.lat() == null || home.lon() == null || !JapanBounds.contains(home.lat(), home.lon())) {
            errors.add(new FieldError("home.lat", "OUT_OF_RANGE", "日本国内の地点を指定してください"));
        }
        if (home.label() == null || home.label().isBlank()) {
            errors.add(new FieldError("home.label", "REQUIRED", "地点の目印（最寄り駅など）を入れてください"));
        } else if (home.label().length() > 100) errors.add(tooLong("home.label", 100));
    }

    private static void length(List<FieldError> errors, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) errors.add(tooLong(field, max));
    }

    private static FieldError tooLong(String field, int max) {
        return new FieldError(field, "OUT_OF_RANGE", max + "文字以内で入力してください");
    }

    /** The names of the fields two versions of a record differ in, for the audit log (never their values). */
    static List<String> changedFields(PersonStore.Row before, PersonStore.Row after) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("displayName", before.displayName().equals(after.displayName()));
        same.put("nameKana", java.util.Objects.equals(before.nameKana(), after.nameKana()));
        same.put("contact", java.util.Objects.equals(before.contact(), after.contact()));
        same.put("age", java.util.Objects.equals(before.age(), after.age()));
        same.put("strengths", java.util.Objects.equals(before.strengths(), after.strengths()));
        same.put("interests", java.util.Objects.equals(before.interests(), after.interests()));
        same.put("strengthTags", before.strengthTags().equals(after.strengthTags()));
        same.put("pastWork", java.util.Objects.equals(before.pastWork(), after.pastWork()));
        same.put("availability", before.availability().equals(after.availability()));
        same.put("reach", java.util.Objects.equals(before.reach(), after.reach()));
        same.put("home", homeKey(before.home()).equals(homeKey(after.home())));
        same.put("constraints", before.constraints().equals(after.constraints()));
        same.put("wants", before.wants().equals(after.wants()));
        same.put("closedOn", java.util.Objects.equals(before.closedOn(), after.closedOn()));
        return same.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Object> homeKey(@Nullable Home home) {
        if (home == null) return List.of();
        return java.util.Arrays.asList(home.areaId(), home.lat(), home.lon(), home.label());
    }
}
