package org.deban.matching.venue;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.deban.common.FieldError;
import org.deban.gis.JapanBounds;
import org.deban.people.TimeWindow;

/** Checks a venue request before it is stored, naming each field. */
@Singleton
class VenueRequestValidator {
    static final int MAX_WINDOWS = 50;
    static final double MAX_RADIUS_KM = 50;

    private final VenueRequestStore store;

    VenueRequestValidator(VenueRequestStore store) {
        this.store = store;
    }

    List<FieldError> errors(VenueRequestInput r) {
        List<FieldError> errors = new ArrayList<>();
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty()) errors.add(new FieldError("title", "REQUIRED", "会場探しの名前を入力してください"));
        else if (title.length() > 200) errors.add(tooLong("title", 200));
        if (r.description() != null && r.description().length() > 4000) errors.add(tooLong("description", 4000));
        if (r.groupSize() == null) errors.add(new FieldError("groupSize", "REQUIRED", "何人で使うかを入力してください"));
        else if (r.groupSize() < 1 || r.groupSize() > 10000) {
            errors.add(new FieldError("groupSize", "OUT_OF_RANGE", "人数は1〜10000人です"));
        }
        if (r.budgetYen() != null && r.budgetYen() < 0) {
            errors.add(new FieldError("budgetYen", "OUT_OF_RANGE", "1回あたりの予算は0円以上です"));
        }
        windows(errors, r.windowsOrEmpty());
        where(errors, r);
        if (r.organizationId() != null && !store.organizationExists(r.organizationId())) {
            errors.add(new FieldError("organizationId", "NOT_FOUND", "その団体はありません"));
        }
        return errors;
    }

    private static void windows(List<FieldError> errors, List<TimeWindow> windows) {
        if (windows.isEmpty()) {
            errors.add(new FieldError("windows", "REQUIRED", "使いたい曜日と時間帯を一つ以上入れてください"));
        } else if (windows.size() > MAX_WINDOWS) {
            errors.add(new FieldError("windows", "OUT_OF_RANGE", "時間帯は50個までです"));
        }
        for (int i = 0; i < windows.size(); i++) {
            TimeWindow w = windows.get(i);
            String at = "windows[" + i + "]";
            if (w == null || w.weekday() == null) errors.add(new FieldError(at + ".weekday", "REQUIRED", "曜日を選んでください"));
            if (w == null || w.start() == null) errors.add(new FieldError(at + ".start", "REQUIRED", "開始時刻を入れてください"));
            if (w == null || w.end() == null) errors.add(new FieldError(at + ".end", "REQUIRED", "終了時刻を入れてください"));
            else if (w.start() != null && !w.end().isAfter(w.start())) {
                errors.add(new FieldError(at + ".end", "OUT_OF_RANGE", "終了時刻は開始時刻より後にしてください"));
            }
        }
    }

    /** An area, or a point in Japan with a radius: exactly one of the two. */
    private void where(List<FieldError> errors, VenueRequestInput r) {
        boolean point = r.point() != null || r.radiusKm() != null;
        if ((r.areaId() == null) == !point) {
            errors.add(new FieldError("areaId", "INVALID_VALUE", "地区（areaId）か、地点と半径（point, radiusKm）のどちらか一つを指定します"));
            return;
        }
        if (r.areaId() != null) {
            if (store.areaKind(r.areaId()).isEmpty()) {
                errors.add(new FieldError("areaId", "NOT_FOUND", "その地区はありません"));
            }
            return;
        }
        VenueRequestInput.Point p = r.point();
        if (p == null || p.lat() == null || p.lon() == null) {
            errors.add(new FieldError("point", "REQUIRED", "地点（lat, lon）を入れてください"));
        } else if (!JapanBounds.contains(p.lat(), p.lon())) {
            errors.add(new FieldError(
                    "point",
                    "OUT_OF_RANGE",
                    JapanBounds.looksSwapped(p.lat(), p.lon()) ? "緯度と経度が逆のようです" : "日本国内の地点を指定してください"));
        }
        if (r.radiusKm() == null) errors.add(new FieldError("radiusKm", "REQUIRED", "半径（km）を入れてください"));
        else if (!(r.radiusKm() > 0) || r.radiusKm() > MAX_RADIUS_KM) {
            errors.add(new FieldError("radiusKm", "OUT_OF_RANGE", "半径は0kmより大きく50km以下です"));
        }
    }

    private static FieldError tooLong(String field, int max) {
        return new FieldError(field, "OUT_OF_RANGE", max + "文字以内で入力してください");
    }
}
