package org.deban.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.common.AuditLog;
import org.deban.common.NotFoundException;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;
import org.deban.people.PersonService;
import org.deban.people.Profile;

/**
 * Offer → persons: among the persons the CSW's teams may see (and only those), who fits the offer, ranked with the
 * reasons person → offers gives. The profiles are read for the request and dropped; the list is audited.
 */
@Singleton
public class CandidateService {
    private final OfferFactsStore facts;
    private final HardConstraints hard;
    private final Scoring scoring;
    private final MatchService matches;
    private final PersonService persons;
    private final AuditLog audit;
    private final Clock clock;

    CandidateService(
            OfferFactsStore facts,
            HardConstraints hard,
            Scoring scoring,
            MatchService matches,
            PersonService persons,
            AuditLog audit,
            Clock clock) {
        this.facts = facts;
        this.hard = hard;
        this.scoring = scoring;
        this.matches = matches;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PageResponse<PersonCandidate> candidates(long offerId, Caller csw, PageRequest paging) {
        LocalDate today = LocalDate.now(clock);
        OfferFacts o = facts.load(List.of(offerId), today, today.plusWeeks(8)).get(offerId);
        if (o == null) throw new NotFoundException("offer", offerId);
        record Fit(Profile person, Evaluation evaluation, double score) {}
        List<Fit> fitting = new ArrayList<>();
        for (Profile p : persons.profilesVisibleTo(csw.teamIds())) {
            if (hard.surelyTooFar(p, o)) continue;
            Evaluation e = hard.evaluate(p, o);
            if (!e.fits()) continue;
            fitting.add(new Fit(p, e, scoring.rank(Scoring.Person.of(p), o, e, 0)));
        }
        fitting.sort(Comparator.comparingDouble(Fit::score)
                .reversed()
                .thenComparingLong(f -> f.person().personId()));
        // Reasons only for the page shown: the same scoring gives the same score.
        Map<String, String> labels = matches.tagLabels();
        PageResponse<Fit> fits = PageResponse.slice(fitting, paging);
        PageResponse<PersonCandidate> page = new PageResponse<>(
                fits.items().stream()
                        .map(f -> candidate(o, f.person(), f.evaluation(), labels))
                        .toList(),
                fits.total(),
                fits.page(),
                fits.size());
        if (!page.items().isEmpty()) {
            audit.record(
                    csw.actor(),
                    "PERSON_LISTED",
                    "OFFER",
                    Long.toString(offerId),
                    Map.of(
                            "personIds",
                            page.items().stream().map(PersonCandidate::personId).toList()));
        }
        return page;
    }

    private PersonCandidate candidate(OfferFacts o, Profile p, Evaluation e, Map<String, String> labels) {
        Proposal shown = MatchService.proposal(o, e, scoring.score(Scoring.Person.of(p), o, e, 0, labels));
        return new PersonCandidate(
                p.personId(),
                p.displayName(),
                shown.score(),
                shown.components(),
                shown.reasons(),
                shown.fittingDates(),
                shown.distanceKm(),
                shown.travelMinutes());
    }
}
