package org.deban.journey;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.consent.ConsentService;
import org.deban.consent.ConsentView;
import org.deban.journey.ReferralView.Alert;
import org.deban.journey.ReferralView.Attendance;
import org.deban.journey.ReferralView.FollowUp;
import org.deban.journey.ReferralView.StepEntry;
import org.deban.people.PersonAccess;
import org.deban.people.PersonService;

/** Who reads a referral how (CSW or host under consent), and the view each one gets, alerts included. */
@Singleton
class ReferralViews {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M/d");

    /** How the caller reads a referral: as a CSW of the person's teams, or as the host under a consent. */
    record Reading(boolean host, Optional<ConsentView> consent) {
        static final Reading CSW = new Reading(false, Optional.empty());
    }

    private final ReferralStore store;
    private final PersonAccess access;
    private final PersonService persons;
    private final ConsentService consents;
    private final Clock clock;

    ReferralViews(
            ReferralStore store, PersonAccess access, PersonService persons, ConsentService consents, Clock clock) {
        this.store = store;
        this.access = access;
        this.persons = persons;
        this.consents = consents;
        this.clock = clock;
    }

    /** Decides how the caller reads the referral, or refuses (audited). */
    Reading reading(Caller caller, ReferralStore.Row row) {
        if (caller.role() == Role.CSW) {
            if (access.visible(caller, row.personId())) return Reading.CSW;
            throw access.refuse(caller, "REFERRAL", row.id(), "NOT_IN_TEAM");
        }
        if (caller.role() == Role.ORG_MEMBER && caller.organizationId() != null) {
            if (caller.organizationId() != row.offer().organizationId()) {
                throw access.refuse(caller, "REFERRAL", row.id(), "OTHER_ORGANIZATION");
            }
            var consent = consents.validFor(row.personId(), caller.organizationId());
            if (consent.isEmpty()) throw access.refuse(caller, "REFERRAL", row.id(), "NO_CONSENT");
            return new Reading(true, consent);
        }
        throw access.refuse(caller, "REFERRAL", row.id(), "NOT_ALLOWED");
    }

    ReferralView view(ReferralStore.Row row, Reading reading) {
        List<StepEntry> steps = store.steps(row.id());
        if (reading.host()) {
            ConsentView consent = reading.consent().orElseThrow();
            return new ReferralView(
                    row.id(),
                    row.personId(),
                    null,
                    persons.disclose(row.personId(), new HashSet<>(consent.fields())),
                    row.offer(),
                    row.step(),
                    row.stepOn(),
                    row.suspendedFrom(),
                    steps.stream()
                            .map(s -> new StepEntry(s.step(), s.on(), null, s.accompanied(), null, null))
                            .toList(),
                    List.of(),
                    List.of(),
                    consent.id());
        }
        List<FollowUp> followUps = store.followUps(row.id());
        return new ReferralView(
                row.id(),
                row.personId(),
                persons.displayName(row.personId()),
                null,
                row.offer(),
                row.step(),
                row.stepOn(),
                row.suspendedFrom(),
                steps,
                followUps,
                row.step() == Step.ENDED ? List.of() : alerts(store.attendance(row.id()), followUps),
                consents.validFor(row.personId(), row.offer().organizationId())
                        .map(ConsentView::id)
                        .orElse(null));
    }

    /** Two missed sessions in a row (the latest two recorded), and follow-ups due and not done. */
    private List<Alert> alerts(List<Attendance> newestFirst, List<FollowUp> followUps) {
        List<Alert> alerts = new ArrayList<>();
        if (newestFirst.size() >= 2
                && !newestFirst.get(0).attended()
                && !newestFirst.get(1).attended()) {
            alerts.add(new Alert(
                    "MISSED_TWICE",
                    "2回続けて欠席しています（" + MONTH_DAY.format(newestFirst.get(1).on()) + "・"
                            + MONTH_DAY.format(newestFirst.get(0).on()) + "）",
                    newestFirst.get(1).on()));
        }
        LocalDate today = LocalDate.now(clock);
        for (FollowUp f : followUps) {
            if (f.doneOn() == null && !f.dueOn().isAfter(today)) {
                alerts.add(new Alert("FOLLOW_UP_DUE", "フォローアップの時期です（" + MONTH_DAY.format(f.dueOn()) + "）", f.dueOn()));
            }
        }
        return alerts;
    }
}
