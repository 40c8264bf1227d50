package org.deban.journey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.common.AuditLog;
import org.deban.common.ConflictException;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.ValidationException;
import org.deban.consent.ConsentService;
import org.deban.consent.ConsentView;
import org.deban.journey.ReferralRequests.AttendanceEntry;
import org.deban.journey.ReferralRequests.Create;
import org.deban.journey.ReferralRequests.FollowUpDone;
import org.deban.journey.ReferralRequests.Move;
import org.deban.journey.ReferralView.Alert;
import org.deban.journey.ReferralView.Attendance;
import org.deban.journey.ReferralView.FollowUp;
import org.deban.journey.ReferralView.StepEntry;
import org.deban.people.PersonAccess;
import org.deban.people.PersonService;
import org.jspecify.annotations.Nullable;

/**
 * Referrals through the journey. CSWs whose teams see the person create and move them; the host organisation sees
 * only the referrals to its own offers that the person consented to share with it, reads only the consented fields
 * and records attendance. Every read of a person's data through a referral is audited, every refusal too.
 */
@Singleton
public class ReferralService {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M/d");

    private final ReferralStore store;
    private final PersonAccess access;
    private final PersonService persons;
    private final ConsentService consents;
    private final AuditLog audit;
    private final Clock clock;

    ReferralService(
            ReferralStore store,
            PersonAccess access,
            PersonService persons,
            ConsentService consents,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.persons = persons;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** How the caller reads a referral: as a CSW of the person's teams, or as the host under a consent. */
    private record Reading(boolean host, Optional<ConsentView> consent) {}

    @Transactional
    public ReferralView create(Create r, Caller csw) {
        if (r.personId() == null || r.offerId() == null) {
            List<FieldError> errors = new ArrayList<>();
            if (r.personId() == null) errors.add(new FieldError("personId", "REQUIRED", "本人を指定してください"));
            if (r.offerId() == null) errors.add(new FieldError("offerId", "REQUIRED", "紹介先の活動を指定してください"));
            throw new ValidationException(errors);
        }
        access.requireVisible(csw, r.personId());
        if (store.offer(r.offerId()).isEmpty()) {
            throw new ValidationException(List.of(new FieldError("offerId", "NOT_FOUND", "その活動はありません")));
        }
        LocalDate on = date("on", r.on(), null);
        checkNote(r.note());
        if (store.openReferralExists(r.personId(), r.offerId())) {
            throw new ConflictException("referral-exists", "この人はこの活動にすでに紹介中です");
        }
        long id = store.insert(r.personId(), r.offerId(), on);
        store.addStep(id, Step.SOUNDING_OUT, on, r.note(), false, null, csw.accountId(), csw.login());
        audit.record(
                csw.actor(),
                "REFERRAL_CREATED",
                "PERSON",
                Long.toString(r.personId()),
                Map.of("referralId", id, "offerId", r.offerId()));
        return view(store.find(id, false).orElseThrow(), new Reading(false, Optional.empty()));
    }

    /** The referrals the caller may see: a CSW's teams' persons, or a host's consented referrals. Audited. */
    @Transactional
    public List<ReferralView> list(Caller caller, @Nullable Long person, @Nullable Long offer, boolean attention) {
        List<ReferralView> views = new ArrayList<>();
        if (caller.role() == Role.CSW) {
            for (var row : store.ofTeams(caller.teamIds(), person, offer)) {
                views.add(view(row, new Reading(false, Optional.empty())));
            }
        } else if (caller.role() == Role.ORG_MEMBER && caller.organizationId() != null && person == null) {
            for (var row : store.toOrganization(caller.organizationId(), offer)) {
                var consent = consents.validFor(row.personId(), caller.organizationId());
                if (consent.isPresent()) views.add(view(row, new Reading(true, consent)));
            }
        } else {
            throw access.refuse(caller, "REFERRAL", person == null ? 0 : person, "NOT_ALLOWED");
        }
        if (attention) views.removeIf(v -> v.alerts().isEmpty());
        if (!views.isEmpty()) {
            audit.record(
                    caller.actor(),
                    "PERSON_LISTED",
                    "REFERRAL",
                    null,
                    Map.of(
                            "personIds",
                            views.stream()
                                    .map(ReferralView::personId)
                                    .distinct()
                                    .toList()));
        }
        return views;
    }

    @Transactional
    public ReferralView get(long id, Caller caller) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        Reading reading = reading(caller, row);
        ReferralView view = view(row, reading);
        audit.record(
                caller.actor(),
                "PERSON_READ",
                "PERSON",
                Long.toString(row.personId()),
                Map.of("part", "referral", "referralId", id));
        return view;
    }

    /** Moves a referral to a step (CSW only); past 本人同意 only with a consent for the host on record. */
    @Transactional
    public ReferralView move(long id, Move r, Caller csw) {
        var row = store.find(id, true).orElseThrow(() -> new NotFoundException("referral", id));
        if (!access.visible(csw, row.personId())) throw access.refuse(csw, "REFERRAL", id, "NOT_IN_TEAM");
        List<FieldError> errors = new ArrayList<>();
        if (r.step() == null) errors.add(new FieldError("step", "REQUIRED", "次の段階を選んでください"));
        boolean needsReason = r.step() == Step.SUSPENDED || r.step() == Step.ENDED;
        if (needsReason && (r.reason() == null || r.reason().isBlank())) {
            errors.add(new FieldError("reason", "REQUIRED", "中断・終了の理由を入力してください"));
        } else if (r.reason() != null && r.reason().length() > 500) {
            errors.add(new FieldError("reason", "OUT_OF_RANGE", "500文字以内で入力してください"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        LocalDate on = date("on", r.on(), row.stepOn());
        checkNote(r.note());
        Step target = r.step();
        Journey.refusal(row.step(), row.suspendedFrom(), target).ifPresent(why -> {
            throw new ConflictException("step-not-allowed", why);
        });
        if (target.needsConsent()
                && consents.validFor(row.personId(), row.offer().organizationId())
                        .isEmpty()) {
            throw new ConflictException(
                    "consent-required", "「" + row.offer().organizationName() + "」に情報を伝える本人同意の記録がないため、本人同意より先には進めません");
        }
        Step suspendedFrom = target == Step.SUSPENDED ? row.step() : null;
        store.moveTo(id, target, on, suspendedFrom);
        store.addStep(
                id,
                target,
                on,
                r.note(),
                Boolean.TRUE.equals(r.accompanied()),
                needsReason ? r.reason().strip() : null,
                csw.accountId(),
                csw.login());
        if (target == Step.PARTICIPATING) store.scheduleFollowUps(id, on);
        audit.record(
                csw.actor(),
                "REFERRAL_STEP",
                "PERSON",
                Long.toString(row.personId()),
                Map.of("referralId", id, "from", row.step().name(), "to", target.name()));
        return view(store.find(id, false).orElseThrow(), new Reading(false, Optional.empty()));
    }

    /** The host (or the CSW) records whether the person came to a session. */
    @Transactional
    public Attendance recordAttendance(long id, AttendanceEntry r, Caller caller) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        reading(caller, row);
        if (!row.step().attending()) {
            throw new ConflictException("not-attending", "出欠は見学・体験・参加中・定着の段階で記録します");
        }
        if (r.attended() == null) {
            throw new ValidationException(List.of(new FieldError("attended", "REQUIRED", "出席か欠席かを選んでください")));
        }
        LocalDate on = date("on", r.on(), null);
        if (r.note() != null && r.note().length() > 500) {
            throw new ValidationException(List.of(new FieldError("note", "OUT_OF_RANGE", "500文字以内で入力してください")));
        }
        store.recordAttendance(id, on, r.attended(), r.note(), caller.accountId());
        audit.record(
                caller.actor(),
                "ATTENDANCE_RECORDED",
                "REFERRAL",
                Long.toString(id),
                Map.of("on", on.toString(), "attended", r.attended()));
        return new Attendance(on, r.attended(), r.note());
    }

    @Transactional
    public List<Attendance> attendance(long id, Caller caller) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        reading(caller, row);
        return store.attendance(id);
    }

    @Transactional
    public ReferralView completeFollowUp(long id, String kind, FollowUpDone r, Caller csw) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        if (!access.visible(csw, row.personId())) throw access.refuse(csw, "REFERRAL", id, "NOT_IN_TEAM");
        LocalDate on = date("on", r.on(), null);
        checkNote(r.note());
        if (!store.completeFollowUp(id, kind, on, r.note(), csw.accountId())) {
            throw new NotFoundException("follow-up", kind);
        }
        audit.record(
                csw.actor(),
                "FOLLOW_UP_DONE",
                "PERSON",
                Long.toString(row.personId()),
                Map.of("referralId", id, "kind", kind));
        return view(store.find(id, false).orElseThrow(), new Reading(false, Optional.empty()));
    }

    /** Decides how the caller reads the referral, or refuses (audited). */
    private Reading reading(Caller caller, ReferralStore.Row row) {
        if (caller.role() == Role.CSW) {
            if (access.visible(caller, row.personId())) return new Reading(false, Optional.empty());
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

    private ReferralView view(ReferralStore.Row row, Reading reading) {
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

    /** A date given (or today): not in the future, and not before {@code notBefore}. */
    private LocalDate date(String field, @Nullable LocalDate given, @Nullable LocalDate notBefore) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            throw new ValidationException(List.of(new FieldError(field, "OUT_OF_RANGE", "未来の日付は入れられません")));
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new ValidationException(
                    List.of(new FieldError(field, "OUT_OF_RANGE", "前の段階の日付（" + notBefore + "）より前にはできません")));
        }
        return on;
    }

    private static void checkNote(@Nullable String note) {
        if (note != null && note.length() > 1000) {
            throw new ValidationException(List.of(new FieldError("note", "OUT_OF_RANGE", "1000文字以内で入力してください")));
        }
    }
}
