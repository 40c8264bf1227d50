package org.deban.matching;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.deban.people.Limitation;
import org.deban.people.Profile;
import org.deban.people.TimeWindow;
import org.deban.people.Want;
import org.deban.search.text.Equivalents;
import org.deban.search.text.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * The soft score of an offer that passed the hard constraints. Each part is between 0 and 1 and comes with its
 * reason, so a CSW reads why an offer ranks where it does; the one part without a reason is the penalty for an
 * atmosphere the person finds hard (おしゃべり中心 for someone who prefers not to talk), which only lowers.
 */
@Singleton
class Scoring {
    /** How much each part weighs; they sum to 1. */
    static final Map<String, Double> WEIGHTS = weights();

    private static final Map<String, List<String>> EQUIVALENTS = new ConcurrentHashMap<>();
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[、,，・/／\\s]+");
    private static final Map<Limitation, List<String>> SUITING_TAGS = Map.of(
            Limitation.PREFERS_NOT_TO_TALK, List.of("NO_TALKING_NEEDED", "HANDS_ON"),
            Limitation.NEEDS_COMPANION_FIRST_TIME, List.of("FIRST_TIMERS_WELCOME", "VISIT_OK"),
            Limitation.NO_CROWDS, List.of("SMALL_GROUP"));
    private static final Map<Want, String> WANT_LABELS =
            Map.of(Want.PLACE_TO_BE, "居場所", Want.ROLE, "役割", Want.WORK_EXPERIENCE, "就労体験", Want.AT_HOME, "在宅でできること");

    record Scored(double score, Map<String, Double> components, List<Finding> reasons) {}

    private static Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("availability", 0.10);
        w.put("strength", 0.30);
        w.put("distance", 0.20);
        w.put("atmosphere", 0.15);
        w.put("roleLevel", 0.10);
        w.put("trial", 0.05);
        w.put("want", 0.10);
        w.put("atmospherePenalty", 0.15);
        return w;
    }

    /**
     * The score and its reasons.
     *
     * @param textScore how well the offer's text answers the person's strengths, 0–1 among the fitting offers that
     *     ask for one of them (1 for the best)
     * @param tagLabels the vocabulary's Japanese labels by code
     */
    Scored score(Person person, OfferFacts o, Evaluation e, double textScore, Map<String, String> tagLabels) {
        List<Finding> reasons = new ArrayList<>();
        Map<String, Double> parts = new LinkedHashMap<>();
        double score = score(person, o, e, textScore, tagLabels, reasons, parts);
        return new Scored(score, parts, reasons);
    }

    /**
     * The same score as {@link #score(Person, OfferFacts, Evaluation, double, Map)}, without its parts and reasons: for
     * ranking hundreds of offers of which one page is shown.
     */
    double rank(Person person, OfferFacts o, Evaluation e, double textScore) {
        return score(person, o, e, textScore, Map.of(), null, null);
    }

    /** The score; each part into {@code parts} and its reason into {@code reasons} when they are given. */
    private double score(
            Person person,
            OfferFacts o,
            Evaluation e,
            double textScore,
            Map<String, String> tagLabels,
            @Nullable List<Finding> reasons,
            @Nullable Map<String, Double> parts) {
        Profile p = person.profile();
        double score = 0;
        score += part(parts, "availability", availability(p, e, reasons));
        StrengthMatch strength = strength(person, o);
        double strengthPart = 0;
        if (strength != null) {
            strengthPart = 0.6 + 0.4 * Math.max(0, Math.min(1, textScore));
            if (reasons != null) {
                reasons.add(reason(
                        Reason.STRENGTH_MATCH,
                        Map.of("term", strength.term(), "from", strength.from()),
                        strength.from().equals("PAST_WORK")
                                ? strength.term() + "の経験が活かせる"
                                : strength.term() + "が活かせる"));
            }
        }
        score += part(parts, "strength", strengthPart);
        score += part(parts, "distance", distance(o, e, reasons));
        double matched = 0;
        boolean penalty = false;
        Set<String> suiting = new HashSet<>();
        for (Limitation limitation : Limitation.values()) {
            if (!p.has(limitation)) continue;
            for (String tag : SUITING_TAGS.getOrDefault(limitation, List.of())) {
                if (o.tags().contains(tag) && suiting.add(tag)) {
                    matched++;
                    if (reasons != null) {
                        reasons.add(reason(Reason.TAG_MATCH, Map.of("tag", tag), tagLabels.getOrDefault(tag, tag)));
                    }
                }
            }
            if (limitation == Limitation.PREFERS_NOT_TO_TALK && o.tags().contains("CONVERSATION")) penalty = true;
        }
        score += part(parts, "atmosphere", Math.min(1, matched / 2));
        int ready = p.wants().contains(Want.ROLE) || p.wants().contains(Want.WORK_EXPERIENCE)
                ? (strength != null ? 3 : 2)
                : 1;
        int start = 0;
        for (int level : o.roleLevels()) if (level <= ready) start = Math.max(start, level);
        score += part(parts, "roleLevel", start == 0 ? 0 : start == ready ? 1 : 0.5);
        if (start > 0 && reasons != null) {
            reasons.add(reason(Reason.ROLE_LEVEL, Map.of("level", start), "役割レベル" + start + "から始められる"));
        }
        score += part(parts, "trial", o.trialPossible() ? 1.0 : 0.0);
        if (o.trialPossible() && reasons != null) reasons.add(reason(Reason.TRIAL_POSSIBLE, Map.of(), "見学・体験ができる"));
        Want want = wanted(p, o);
        score += part(parts, "want", want == null ? 0.0 : 1.0);
        if (want != null && reasons != null) {
            reasons.add(reason(Reason.WANT_FIT, Map.of("want", want.name()), "希望（" + WANT_LABELS.get(want) + "）に合う"));
        }
        score += part(parts, "atmospherePenalty", penalty ? -1.0 : 0.0);
        return Math.round(score * 1000) / 1000.0;
    }

    /** A part's weighted share of the score, noting the part when {@code parts} is given. */
    private static double part(@Nullable Map<String, Double> parts, String name, double value) {
        if (parts != null) parts.put(name, value);
        return WEIGHTS.get(name) * value;
    }

    private static double availability(Profile p, Evaluation e, @Nullable List<Finding> reasons) {
        TimeWindow w = e.window();
        if (p.availability().isEmpty() || w == null) return 0;
        if (reasons == null) return 1;
        String from = Wording.HH_MM.format(w.start());
        String to = Wording.HH_MM.format(w.end());
        String text;
        if (w.end().getHour() >= 21) text = from + "以降に参加できる";
        else if (w.start().getHour() <= 6) text = to + "までに参加できる";
        else text = Wording.weekday(w.weekday()) + "曜 " + from + "–" + to + "に参加できる";
        reasons.add(
                reason(Reason.AVAILABILITY_FIT, Map.of("weekday", w.weekday().name(), "from", from, "to", to), text));
        return 1;
    }

    private static double distance(OfferFacts o, Evaluation e, @Nullable List<Finding> reasons) {
        if (o.remote()) {
            if (reasons != null) reasons.add(reason(Reason.REMOTE, Map.of("mode", "REMOTE"), "在宅でできる"));
            return 1;
        }
        if (e.distanceKm() == null) return 0;
        // Half the score at about 1.5 km: most people in the seeds go to what is within a walk or a short ride.
        double part = Math.max(0.05, Math.exp(-e.distanceKm() / 2.2));
        if (reasons == null) return part;
        double km = Wording.km(e.distanceKm());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("km", km);
        String text = "約" + km + " km";
        if (e.travel() != null) {
            params.put("minutes", e.travel().minutes());
            params.put("mode", e.travel().mode().name());
            text = e.travel().label() + " (" + text + ")";
        }
        reasons.add(reason(Reason.NEARBY, params, text));
        return part;
    }

    private record StrengthMatch(String term, String from) {}

    /**
     * A person's past work and strengths in normal form: made once per person and match, since matching compares them
     * with hundreds of offers and normalising is the costly part.
     */
    record Person(Profile profile, String pastWork, String strengths) {
        static Person of(Profile p) {
            return new Person(
                    p,
                    p.pastWork() == null ? "" : SearchText.normalize(p.pastWork()),
                    SearchText.normalize(String.join(
                            " ",
                            p.strengths() == null ? "" : p.strengths(),
                            p.interests() == null ? "" : p.interests(),
                            String.join(" ", p.strengthTags()))));
        }
    }

    /** Whether the offer asks for a strength the person has: only then does its text's answer count. */
    static boolean usesStrengths(Person person, OfferFacts o) {
        return strength(person, o) != null;
    }

    /** An offer's strength word the person has, directly or by a synonym (調理 ↔ 厨房), from past work first. */
    private static @Nullable StrengthMatch strength(Person person, OfferFacts o) {
        List<String> terms = new ArrayList<>(o.strengthTags());
        if (o.strengthsWanted() != null) terms.addAll(List.of(WORD_SEPARATORS.split(o.strengthsWanted())));
        String pastWork = person.pastWork();
        String strengths = person.strengths();
        StrengthMatch fromStrengths = null;
        for (String term : terms) {
            if (term.isBlank()) continue;
            for (String word : equivalents(term.strip())) {
                if (word.isEmpty()) continue;
                if (pastWork.contains(word)) return new StrengthMatch(term.strip(), "PAST_WORK");
                if (fromStrengths == null && strengths.contains(word)) {
                    fromStrengths = new StrengthMatch(term.strip(), "STRENGTHS");
                }
            }
        }
        return fromStrengths;
    }

    /**
     * {@link Equivalents#of}, remembered: it analyses the word, and offer → persons asks for the same offer's words
     * once per person. The synonyms are fixed, so the answer never changes; the memory holds offers' words only.
     */
    private static List<String> equivalents(String term) {
        if (EQUIVALENTS.size() > 10_000) EQUIVALENTS.clear();
        return EQUIVALENTS.computeIfAbsent(term, Equivalents::of);
    }

    private static @Nullable Want wanted(Profile p, OfferFacts o) {
        if (o.remote() && p.wants().contains(Want.AT_HOME)) return Want.AT_HOME;
        Want byType = switch (o.type()) {
            case "PARTICIPATION" -> Want.PLACE_TO_BE;
            case "VOLUNTEER_ROLE" -> Want.ROLE;
            case "WORK_EXPERIENCE" -> Want.WORK_EXPERIENCE;
            default -> null;
        };
        return byType != null && p.wants().contains(byType) ? byType : null;
    }

    private static Finding reason(Reason code, Map<String, Object> params, String text) {
        return new Finding(code.name(), params, text);
    }
}
