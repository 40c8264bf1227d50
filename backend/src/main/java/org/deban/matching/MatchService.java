package org.deban.matching;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deban.catalogue.Location;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.matching.MatchResult.Relaxation;
import org.deban.people.Profile;
import org.deban.schedule.Weekday;
import org.deban.search.OfferCandidates;
import org.deban.search.OfferCandidates.Window;

/**
 * Person → offers. The index narrows the catalogue to what may fit (near enough, at the right hours, active) and
 * ranks it by the person's strengths; every hard constraint is then checked on the database's facts, and what fits
 * is scored with its reasons. Nothing about the person is stored or logged.
 */
@Singleton
public class MatchService {
    /** Fewer proposals than this is a thin match: the answer says what relaxing each constraint would bring. */
    static final int THIN = 3;

    /** How far to look when the profile says nothing about reach (a CSW often fills it in later). */
    static final double DEFAULT_RADIUS_KM = 10;

    /** How much further "what relaxing reach would bring" looks. */
    static final double RELAX_KM = 2;

    /**
     * How many candidates the index may hand over. Reach already bounds them, so this only guards against a runaway
     * query; at 3,000 it cut fitting offers in dense places (the matching benchmark at 500k), which the index must
     * never do. A query with fewer matches costs the same whatever the number.
     */
    static final int MAX_CANDIDATES = 20_000;

    static final int SHOWN_DATES = 8;

    private final OfferCandidates candidates;
    private final OfferFactsStore facts;
    private final HardConstraints hard;
    private final Scoring scoring;
    private final JdbcOperations jdbc;
    private final Clock clock;

    MatchService(
            OfferCandidates candidates,
            OfferFactsStore facts,
            HardConstraints hard,
            Scoring scoring,
            JdbcOperations jdbc,
            Clock clock) {
        this.candidates = candidates;
        this.facts = facts;
        this.hard = hard;
        this.scoring = scoring;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MatchResult match(Profile p, PageRequest paging) {
        Scoring.Person person = Scoring.Person.of(p);
        List<Fit> fits = new ArrayList<>();
        Map<Long, Float> texts;
        try (OfferCandidates.Found found = candidates.find(new OfferCandidates.Request(
                p.home(), radius(p, 0), HardConstraints.REMOTE_REGION_KM, windows(p), false, MAX_CANDIDATES))) {
            List<Long> ids = found.offerIds();
            Map<Long, OfferFacts> known = load(ids);
            for (long id : ids) {
                OfferFacts o = known.get(id);
                if (o == null) continue;
                Evaluation e = hard.evaluate(p, o);
                if (e.fits()) fits.add(new Fit(o, e));
            }
            // The text ranks only offers whose strengths the person has (Scoring's strength part).
            texts = found.textScores(
                    text(p),
                    fits.stream()
                            .filter(f -> Scoring.usesStrengths(person, f.facts()))
                            .map(f -> f.facts().offerId())
                            .toList());
        }
        double best =
                texts.values().stream().mapToDouble(Float::doubleValue).max().orElse(0);
        List<Ranked> fitting = new ArrayList<>();
        for (Fit f : fits) {
            double text = best > 0 ? texts.getOrDefault(f.facts().offerId(), 0f) / best : 0;
            fitting.add(
                    new Ranked(f.facts(), f.evaluation(), text, scoring.rank(person, f.facts(), f.evaluation(), text)));
        }
        fitting.sort(Ranked.ORDER);
        int size = paging.sizeOrDefault();
        int from = Math.min(paging.pageOrDefault() * size, fitting.size());
        Map<String, String> labels = tagLabels();
        List<Proposal> page = fitting.subList(from, Math.min(from + size, fitting.size())).stream()
                .map(r -> proposal(
                        r.facts(), r.evaluation(), scoring.score(person, r.facts(), r.evaluation(), r.text(), labels)))
                .toList();
        return new MatchResult(
                page, fitting.size(), paging.pageOrDefault(), size, fitting.size() < THIN ? relaxations(p) : List.of());
    }

    private record Fit(OfferFacts facts, Evaluation evaluation) {}

    /**
     * An offer that fits, with its score: all are ranked, and only the page shown is given its reasons (the same
     * scoring, so the same score).
     */
    private record Ranked(OfferFacts facts, Evaluation evaluation, double text, double score) {
        /** Best first; then nearer; then by id, so pages never overlap. */
        static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparingDouble(r -> r.evaluation().distanceKm() == null
                        ? 0
                        : Wording.km(r.evaluation().distanceKm()))
                .thenComparingLong(r -> r.facts().offerId());
    }

    /** Every constraint that excludes the offer, or its reasons when it fits. */
    @Transactional(readOnly = true)
    public WhyNot whyNot(Profile p, long offerId) {
        OfferFacts o = load(List.of(offerId)).get(offerId);
        if (o == null) throw new NotFoundException("offer", offerId);
        Evaluation e = hard.evaluate(p, o);
        List<Finding> reasons = e.fits()
                ? scoring.score(Scoring.Person.of(p), o, e, 0, tagLabels()).reasons()
                : List.of();
        return new WhyNot(offerId, o.title(), e.fits(), e.exclusions(), reasons);
    }

    /** For each hard constraint, how many offers only it keeps out, looking a little further and at every hour. */
    private List<Relaxation> relaxations(Profile p) {
        List<Long> ids;
        try (OfferCandidates.Found wider = candidates.find(new OfferCandidates.Request(
                p.home(), radius(p, RELAX_KM), HardConstraints.REMOTE_REGION_KM, List.of(), true, MAX_CANDIDATES))) {
            ids = wider.offerIds();
        }
        Map<Long, OfferFacts> known = load(ids);
        Map<Constraint, Integer> counts = new LinkedHashMap<>();
        for (Constraint c : Constraint.values()) counts.put(c, 0);
        for (OfferFacts o : known.values()) {
            Evaluation e = hard.evaluate(p, o);
            for (Constraint c : Constraint.values()) {
                if (e.onlyExcludedBy(c)) counts.merge(c, 1, Integer::sum);
            }
        }
        List<Relaxation> relaxations = new ArrayList<>();
        counts.forEach((code, count) -> relaxations.add(relaxation(p, code, count)));
        return relaxations;
    }

    private static Relaxation relaxation(Profile p, Constraint code, int count) {
        Map<String, Object> params = new HashMap<>();
        String condition = switch (code) {
            case AVAILABILITY -> {
                List<Weekday> days = p.availability().stream()
                        .map(w -> w.weekday())
                        .distinct()
                        .toList();
                yield days.size() == 1 ? Wording.weekday(days.getFirst()) + "曜以外も可なら" : "ほかの曜日・時間帯も可なら";
            }
            case REACH -> {
                params.put("extraKm", RELAX_KM);
                yield "+" + (int) RELAX_KM + " km なら";
            }
            case AGE -> "年齢条件を除けば";
            case TARGET_GROUP -> "対象を問わなければ";
            case ACCESSIBILITY -> "段差・階の条件を除けば";
            case STATUS -> "休止中の場所も含めれば";
            case CAPACITY -> "空き待ちも含めれば";
            case CROWD -> "人が多い日も可なら";
            case MODE -> "現地での活動も可なら";
        };
        return new Relaxation(code.name(), count, params, condition + " " + count + " 件");
    }

    private double radius(Profile p, double extra) {
        return (p.reach() == null ? DEFAULT_RADIUS_KM : hard.radiusKm(p.reach())) + extra;
    }

    private static List<Window> windows(Profile p) {
        return p.availability().stream()
                .map(w -> new Window(w.weekday().name(), w.start(), w.end()))
                .toList();
    }

    /** What the offers' text is ranked against: the person's strengths, interests, past work and tags. */
    private static String text(Profile p) {
        List<String> parts = new ArrayList<>();
        if (p.strengths() != null) parts.add(p.strengths());
        if (p.interests() != null) parts.add(p.interests());
        if (p.pastWork() != null) parts.add(p.pastWork());
        parts.addAll(p.strengthTags());
        return String.join(" ", parts);
    }

    private Map<Long, OfferFacts> load(List<Long> offerIds) {
        LocalDate today = LocalDate.now(clock);
        return facts.load(offerIds, today, today.plusWeeks(8));
    }

    Map<String, String> tagLabels() {
        return jdbc.prepareStatement("SELECT code, label_ja FROM tag", s -> {
            Map<String, String> labels = new HashMap<>();
            try (var rs = s.executeQuery()) {
                while (rs.next()) labels.put(rs.getString(1), rs.getString(2));
            }
            return labels;
        });
    }

    static Proposal proposal(OfferFacts o, Evaluation e, Scoring.Scored scored) {
        return new Proposal(
                o.offerId(),
                o.title(),
                o.type(),
                o.mode(),
                o.placeId(),
                o.placeName(),
                Location.of(o.point()),
                o.organizationName(),
                scored.score(),
                scored.components(),
                scored.reasons(),
                e.fitting().stream()
                        .limit(SHOWN_DATES)
                        .map(s -> new Proposal.FittingDate(s.date(), s.start(), s.end(), s.headcount()))
                        .toList(),
                e.distanceKm() == null ? null : Wording.km(e.distanceKm()),
                e.travel() == null ? null : e.travel().minutes());
    }
}
