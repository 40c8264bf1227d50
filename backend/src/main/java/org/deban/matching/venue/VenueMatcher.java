package org.deban.matching.venue;

import static org.deban.matching.Wording.HH_MM;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.deban.areas.AreaLayerKind;
import org.deban.areas.AreaRef;
import org.deban.catalogue.offer.Venue;
import org.deban.matching.Finding;
import org.deban.matching.OfferFacts;
import org.deban.matching.Wording;
import org.deban.people.TimeWindow;
import org.deban.schedule.Weekday;
import org.jspecify.annotations.Nullable;

/**
 * The hard constraints of a venue request, checked on a venue's facts, and the score of a venue that passes them.
 * A VENUE offer's sessions are the times the venue is free, and the request's windows are when the group meets: a
 * venue fits when, on one of the coming 8 weeks' dates, it is free for the whole of one window (the scenarios'
 * rule, "the activity lies wholly inside the available time", with the venue as the one who is available).
 */
@Singleton
class VenueMatcher {
    /** How much each part weighs; they sum to 1. Regular use matters most to a group that meets every week. */
    static final Map<String, Double> WEIGHTS = Map.of(
            "availability", 0.35,
            "capacity", 0.20,
            "location", 0.20,
            "fee", 0.15,
            "kitchen", 0.10);

    static final int SHOWN_DATES = 8;

    /** The hard constraints applied to one venue: what excludes it (empty when it fits) and the dates it serves. */
    record Fit(List<Finding> exclusions, List<OfferFacts.Session> usable, List<TimeWindow> windows) {
        boolean fits() {
            return exclusions.isEmpty();
        }
    }

    Fit check(VenueRequestView r, OfferFacts o) {
        List<Finding> out = new ArrayList<>();
        if (!"ACTIVE".equals(o.placeStatus())) {
            out.add(finding(
                    VenueConstraint.STATUS,
                    Map.of("status", o.placeStatus()),
                    "PAUSED".equals(o.placeStatus()) ? "休止中" : "活動を終了している"));
        }
        Integer capacity = o.venueCapacity();
        if (capacity == null || capacity < r.groupSize()) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("capacity", capacity);
            params.put("groupSize", r.groupSize());
            out.add(finding(
                    VenueConstraint.CAPACITY,
                    params,
                    capacity == null ? "定員が登録されていない" : "定員が足りない (" + capacity + "人まで、" + r.groupSize() + "人で利用)"));
        }
        if (r.kitchenNeeded() && !Boolean.TRUE.equals(o.venueKitchen())) {
            out.add(finding(VenueConstraint.KITCHEN, Map.of(), "台所がない"));
        }
        Integer fee = o.venueFeeYen();
        if (r.budgetYen() != null && fee != null && fee > r.budgetYen()) {
            out.add(finding(
                    VenueConstraint.FEE,
                    Map.of("feeYen", fee, "budgetYen", r.budgetYen()),
                    "利用料が予算を超える (1回" + yen(fee) + "、予算" + yen(r.budgetYen()) + ")"));
        }
        List<OfferFacts.Session> usable = new ArrayList<>();
        Set<TimeWindow> windows = new LinkedHashSet<>();
        for (OfferFacts.Session s : o.sessions()) {
            TimeWindow w = heldBy(r.windows(), s);
            if (w != null) {
                usable.add(s);
                windows.add(w);
            }
        }
        if (o.sessions().isEmpty()) {
            out.add(finding(VenueConstraint.AVAILABILITY, Map.of("free", List.of()), "8週間以内に使える日がない"));
        } else if (usable.isEmpty()) {
            List<String> free = freeTimes(o.sessions());
            out.add(finding(
                    VenueConstraint.AVAILABILITY,
                    Map.of("free", free),
                    "使える時間帯が合わない (" + String.join("、", free) + ")"));
        }
        List<TimeWindow> ordered =
                r.windows().stream().filter(windows::contains).toList();
        return new Fit(List.copyOf(out), List.copyOf(usable), ordered);
    }

    /** The first of the group's windows the venue is free for on the session's date, from start to end. */
    static @Nullable TimeWindow heldBy(List<TimeWindow> windows, OfferFacts.Session s) {
        Weekday day = Weekday.of(s.date().getDayOfWeek());
        for (TimeWindow w : windows) {
            if (w.weekday() == day && !w.start().isBefore(s.start()) && !w.end().isAfter(s.end())) return w;
        }
        return null;
    }

    /**
     * @param c where the venue is for this caller: with no distance for a sensitive place they may not locate
     * @param today the first date of the 8 weeks the sessions were read for
     */
    VenueProposal propose(VenueRequestView r, OfferFacts o, VenueCandidates.Candidate c, Fit fit, LocalDate today) {
        Map<String, Double> parts = new LinkedHashMap<>();
        List<Finding> reasons = new ArrayList<>();
        int capacity = o.venueCapacity() == null ? r.groupSize() : o.venueCapacity();
        // A room sized for the group beats a hall ten times too big: the group fills it, and it costs the host less.
        parts.put("capacity", Math.min(1, (double) r.groupSize() / capacity));
        reasons.add(reason(
                VenueReason.CAPACITY_FIT,
                Map.of("capacity", capacity, "groupSize", r.groupSize()),
                capacity + "人まで使える"));
        boolean kitchen = Boolean.TRUE.equals(o.venueKitchen());
        parts.put("kitchen", kitchen ? 1.0 : 0.0);
        if (kitchen) reasons.add(reason(VenueReason.KITCHEN, Map.of(), "台所あり"));
        parts.put("availability", availability(r, fit, today, reasons));
        Integer fee = o.venueFeeYen();
        // An unknown fee (要相談) sits between free and expensive; 1,000 yen a use halves this part.
        parts.put("fee", fee == null ? 0.5 : 1 / (1 + fee / 1000.0));
        if (fee != null) {
            reasons.add(reason(VenueReason.FEE, Map.of("feeYen", fee), fee == 0 ? "無料" : "1回" + yen(fee)));
        }
        parts.put("location", location(r, c, reasons));
        double score = 0;
        for (var part : parts.entrySet()) score += WEIGHTS.get(part.getKey()) * part.getValue();
        return new VenueProposal(
                o.offerId(),
                o.title(),
                o.placeId(),
                o.placeName(),
                o.organizationName(),
                Math.round(score * 1000) / 1000.0,
                parts,
                reasons,
                new Venue(capacity, o.venueKitchen(), fee, c.feeNote(), c.equipment()),
                fit.usable().stream()
                        .limit(SHOWN_DATES)
                        .map(s -> new VenueProposal.FreeDate(s.date(), s.start(), s.end()))
                        .toList(),
                c.coarse() || c.km() == null ? null : Wording.km(c.km()));
    }

    /** The share of the group's meeting dates in the coming 8 weeks the venue is free for. */
    private static double availability(VenueRequestView r, Fit fit, LocalDate today, List<Finding> reasons) {
        Set<Weekday> days = new TreeSet<>();
        r.windows().forEach(w -> days.add(w.weekday()));
        int wanted = 0;
        for (LocalDate d = today; d.isBefore(today.plusWeeks(8)); d = d.plusDays(1)) {
            if (days.contains(Weekday.of(d.getDayOfWeek()))) wanted++;
        }
        long dates =
                fit.usable().stream().map(OfferFacts.Session::date).distinct().count();
        List<Map<String, Object>> params = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (TimeWindow w : fit.windows()) {
            params.add(Map.of(
                    "weekday", w.weekday().name(), "from", HH_MM.format(w.start()), "to", HH_MM.format(w.end())));
            texts.add(Wording.weekday(w.weekday()) + "曜 " + HH_MM.format(w.start()) + "–" + HH_MM.format(w.end()));
        }
        reasons.add(reason(
                VenueReason.AVAILABILITY_FIT,
                Map.of("windows", params, "dates", dates),
                String.join("、", texts) + " に使える"));
        return wanted == 0 ? 0 : Math.min(1, (double) dates / wanted);
    }

    private static double location(VenueRequestView r, VenueCandidates.Candidate c, List<Finding> reasons) {
        AreaRef area = r.area();
        if (area != null) {
            String text = area.kind() == AreaLayerKind.DISTRICT ? "同じ地区（" + area.name() + "）" : area.name() + "内";
            reasons.add(reason(VenueReason.IN_AREA, Map.of("areaId", area.id(), "areaName", area.name()), text));
            return 1;
        }
        // A sensitive place the caller may not locate gets the middle: no distance may rank it up or down.
        if (c.coarse() || c.km() == null || r.radiusKm() == null) return 0.5;
        double km = Wording.km(c.km());
        reasons.add(reason(VenueReason.NEARBY, Map.of("km", km), "約" + km + " km"));
        return Math.max(0.05, 1 - c.km() / r.radiusKm());
    }

    /** The venue's free hours, by time range with their weekdays: "月・火・水・木・金 13:00–17:00". */
    private static List<String> freeTimes(List<OfferFacts.Session> sessions) {
        Map<String, Set<Weekday>> byTime = new LinkedHashMap<>();
        sessions.stream()
                .sorted(Comparator.comparing(OfferFacts.Session::start).thenComparing(OfferFacts.Session::end))
                .forEach(s -> byTime.computeIfAbsent(range(s.start(), s.end()), k -> new TreeSet<>())
                        .add(Weekday.of(s.date().getDayOfWeek())));
        List<String> free = new ArrayList<>();
        byTime.forEach((range, days) ->
                free.add(String.join("・", days.stream().map(Wording::weekday).toList()) + " " + range));
        return free.size() > 3 ? free.subList(0, 3) : free;
    }

    private static String range(LocalTime start, LocalTime end) {
        return HH_MM.format(start) + "–" + HH_MM.format(end);
    }

    private static String yen(int amount) {
        return String.format(Locale.ROOT, "%,d円", amount);
    }

    private static Finding finding(VenueConstraint code, Map<String, Object> params, String text) {
        return new Finding(code.name(), params, text);
    }

    private static Finding reason(VenueReason code, Map<String, Object> params, String text) {
        return new Finding(code.name(), params, text);
    }
}
