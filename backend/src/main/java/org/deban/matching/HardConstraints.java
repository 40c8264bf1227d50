package org.deban.matching;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deban.gis.travel.StraightLineEstimator;
import org.deban.gis.travel.TravelEstimate;
import org.deban.people.Limitation;
import org.deban.people.Profile;
import org.deban.people.Reach;
import org.deban.people.TimeWindow;
import org.deban.people.Want;
import org.deban.schedule.Weekday;
import org.jspecify.annotations.Nullable;

/**
 * The hard constraints of matching, checked on an offer's facts. The scenarios' conventions bind: an offer fits a
 * person's availability when one of its sessions in the coming 8 weeks lies wholly inside one of their windows;
 * distance is from the person's home point, km straight-line and minutes by the GIS estimate; remote offers ignore
 * distance; paused places are never proposed; "no crowds", when a must, removes crowded sessions and keeps regular
 * ones.
 */
@Singleton
class HardConstraints {
    private static final Map<String, String> GROUP_LABELS = Map.of(
            "CHILDREN", "子ども",
            "YOUTH", "若者",
            "ELDERLY", "高齢者",
            "PARENTS", "子育て中の親",
            "DISABLED", "障害のある人",
            "CARERS", "ケアラー",
            "MEN", "男性",
            "WOMEN", "女性");

    /** Target groups an age decides; the others (parents, carers …) the profile cannot tell, so they never exclude. */
    private static final Set<String> AGE_GROUPS = Set.of("CHILDREN", "YOUTH", "ELDERLY");

    /**
     * Remote roles ignore how far the person can go, but not the region: an organisation takes on helpers it can
     * support, and a CSW works with the organisations of their own region. Within this many km (straight line)
     * distance is no filter at all.
     */
    static final double REMOTE_REGION_KM = 50;

    private final StraightLineEstimator estimator = new StraightLineEstimator();

    Evaluation evaluate(Profile p, OfferFacts o) {
        List<Finding> out = new ArrayList<>();
        if (!"ACTIVE".equals(o.placeStatus())) {
            out.add(finding(
                    Constraint.STATUS,
                    Map.of("status", o.placeStatus()),
                    "PAUSED".equals(o.placeStatus()) ? "休止中" : "活動を終了している"));
        }
        if (!p.wants().isEmpty() && p.wants().stream().allMatch(w -> w == Want.AT_HOME) && !o.remote()) {
            out.add(finding(Constraint.MODE, Map.of("mode", o.mode()), "現地での活動 (在宅でできる活動を希望)"));
        }
        Double km = null;
        TravelEstimate travel = null;
        if (o.remote() && p.home() != null && p.home().distanceKm(o.point()) > REMOTE_REGION_KM) {
            double far = Wording.km(p.home().distanceKm(o.point()));
            out.add(finding(
                    Constraint.REACH,
                    Map.of("km", far, "remote", true, "regionKm", REMOTE_REGION_KM),
                    "地域外のオンライン活動 (約" + far + " km)"));
        }
        if (!o.remote() && p.home() != null) {
            km = p.home().distanceKm(o.point());
            Reach reach = p.reach();
            if (reach != null) {
                travel = estimator.estimate(p.home(), o.point(), reach.mode());
                boolean tooFar = (reach.km() != null && km > reach.km())
                        || (reach.minutes() != null && travel.minutes() > reach.minutes());
                if (tooFar) out.add(reach(km, travel, reach));
            }
        }
        age(p.age(), o, out);
        accessibility(p, o, out);
        if (o.openSlots() != null && o.openSlots() == 0) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("capacity", o.capacity());
            out.add(finding(
                    Constraint.CAPACITY, params, o.capacity() == null ? "空きがない" : "空きがない (定員" + o.capacity() + "人)"));
        }
        return when(p, o, out, km, travel);
    }

    /** Availability, then crowds among the sessions that fit. */
    private static Evaluation when(
            Profile p, OfferFacts o, List<Finding> out, @Nullable Double km, @Nullable TravelEstimate travel) {
        List<OfferFacts.Session> fitting = new ArrayList<>();
        TimeWindow window = null;
        for (OfferFacts.Session s : o.sessions()) {
            TimeWindow w = p.availability().isEmpty() ? null : windowOf(p.availability(), s);
            if (p.availability().isEmpty() || w != null) {
                fitting.add(s);
                if (window == null) window = w;
            }
        }
        boolean flexible = o.remote() && o.sessions().isEmpty();
        if (o.sessions().isEmpty() && !flexible) {
            out.add(finding(Constraint.AVAILABILITY, Map.of("windows", List.of()), "8週間以内に予定されている日がない"));
        } else if (fitting.isEmpty() && !flexible) {
            List<String> windows = o.sessions().stream()
                    .map(s -> Wording.HH_MM.format(s.start()) + "–" + Wording.HH_MM.format(s.end()))
                    .distinct()
                    .toList();
            List<String> weekdays = o.sessions().stream()
                    .map(s -> Weekday.of(s.date().getDayOfWeek()).name())
                    .distinct()
                    .toList();
            out.add(finding(
                    Constraint.AVAILABILITY,
                    Map.of("windows", windows, "weekdays", weekdays),
                    "時間帯が合わない (" + String.join("、", windows) + ")"));
        }
        if (p.must(Limitation.NO_CROWDS) && !fitting.isEmpty()) {
            List<OfferFacts.Session> calm =
                    fitting.stream().filter(s -> !s.crowded()).toList();
            if (calm.isEmpty()) {
                int most = fitting.stream()
                        .mapToInt(s -> s.headcount() == null ? 0 : s.headcount())
                        .max()
                        .orElse(0);
                out.add(finding(
                        Constraint.CROWD,
                        Map.of("headcount", most),
                        most > 0 ? "人が多い日だけ (約" + most + "人)" : "人が多い日だけ"));
            }
            fitting = calm;
        }
        return new Evaluation(List.copyOf(out), List.copyOf(fitting), km, travel, window);
    }

    static @Nullable TimeWindow windowOf(List<TimeWindow> windows, OfferFacts.Session s) {
        Weekday day = Weekday.of(s.date().getDayOfWeek());
        for (TimeWindow w : windows) {
            if (w.weekday() == day && !s.start().isBefore(w.start()) && !s.end().isAfter(w.end())) return w;
        }
        return null;
    }

    private static Finding reach(double km, TravelEstimate travel, Reach reach) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("km", Wording.km(km));
        params.put("minutes", travel.minutes());
        params.put("mode", reach.mode().name());
        params.put("limitKm", reach.km());
        params.put("limitMinutes", reach.minutes());
        return finding(Constraint.REACH, params, "遠すぎる (" + travel.label() + "、約" + Wording.km(km) + " km)");
    }

    private static void age(@Nullable Integer age, OfferFacts o, List<Finding> out) {
        if (age == null) return;
        if ((o.minAge() != null && age < o.minAge()) || (o.maxAge() != null && age > o.maxAge())) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("minAge", o.minAge());
            params.put("maxAge", o.maxAge());
            out.add(finding(Constraint.AGE, params, "年齢条件 (" + ageLabel(o.minAge(), o.maxAge()) + ")"));
        }
        boolean forGroups = "PARTICIPATION".equals(o.type())
                && !o.targetGroups().isEmpty()
                && !o.targetGroups().contains("ANYONE")
                && AGE_GROUPS.containsAll(o.targetGroups());
        if (forGroups && o.targetGroups().stream().noneMatch(g -> inGroup(g, age))) {
            List<String> labels =
                    o.targetGroups().stream().map(GROUP_LABELS::get).toList();
            out.add(finding(
                    Constraint.TARGET_GROUP,
                    Map.of("targetGroups", o.targetGroups()),
                    "対象が違う (" + String.join("・", labels) + ")"));
        }
    }

    private static boolean inGroup(String group, int age) {
        return switch (group) {
            case "CHILDREN" -> age < 18;
            case "YOUTH" -> age >= 15 && age < 40;
            case "ELDERLY" -> age >= 65;
            default -> true;
        };
    }

    static String ageLabel(@Nullable Integer min, @Nullable Integer max) {
        if (min != null && max != null) return min + "〜" + max + "歳";
        return min != null ? min + "歳以上" : max + "歳以下";
    }

    /** Wheelchair users and people who cannot take stairs: a step-free entrance, and the ground floor or a lift. */
    private static void accessibility(Profile p, OfferFacts o, List<Finding> out) {
        if (o.remote() || !(p.has(Limitation.WHEELCHAIR) || p.has(Limitation.NO_STAIRS))) return;
        List<String> barriers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        if (!o.stepFree()) {
            barriers.add("入口に段差あり");
            codes.add("STEPS_AT_ENTRANCE");
        }
        if (o.floor() != 1 && !o.elevator()) {
            barriers.add(
                    o.floor() == 0
                            ? "階が確認されていない・エレベーターなし"
                            : (o.floor() < 0 ? "地下" + -o.floor() : o.floor()) + "階・エレベーターなし");
            codes.add(o.floor() == 0 ? "FLOOR_UNKNOWN" : "NO_ELEVATOR");
        }
        if (!barriers.isEmpty()) {
            out.add(finding(
                    Constraint.ACCESSIBILITY,
                    Map.of("barriers", codes, "floor", o.floor()),
                    String.join("、", barriers)));
        }
    }

    /** A straight-line radius that surely holds everything within the person's reach. */
    double radiusKm(Reach reach) {
        double km = Double.MAX_VALUE;
        if (reach.km() != null) km = reach.km();
        if (reach.minutes() != null) km = Math.min(km, estimator.maxStraightKm(reach.mode(), reach.minutes()));
        return km;
    }

    /**
     * Whether reach surely excludes the offer, without the findings {@link #evaluate} builds: a cheap first pass over
     * many persons. Beyond {@link #radiusKm} by more than a millimetre, evaluate always finds REACH (the margin covers
     * the estimate's rounding); anything nearer is left to evaluate.
     */
    boolean surelyTooFar(Profile p, OfferFacts o) {
        if (o.remote() || p.home() == null || p.reach() == null) return false;
        return p.home().fartherThan(o.point(), radiusKm(p.reach()) + 1e-6);
    }

    private static Finding finding(Constraint code, Map<String, Object> params, String text) {
        return new Finding(code.name(), params, text);
    }
}
