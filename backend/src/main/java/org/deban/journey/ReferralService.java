package org.deban.journey;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deban.accounts.Caller;
import org.deban.accounts.Role;
import org.deban.common.AuditLog;
import org.deban.common.ConflictException;
import org.deban.common.FieldError;
import org.deban.common.NotFoundException;
import org.deban.common.ValidationException;
import org.deban.consent.ConsentService;
import org.deban.journey.ReferralRequests.AttendanceEntry;
import org.deban.journey.ReferralRequests.Create;
import org.deban.journey.ReferralRequests.FollowUpDone;
import org.deban.journey.ReferralRequests.Move;
import org.deban.journey.ReferralView.Attendance;
import org.deban.people.PersonAccess;
import org.jspecify.annotations.Nullable;

/**
 * Referrals through the journey. CSWs whose teams see the person create and move them; the host organisation sees
 * only the referrals to its own offers that the person consented to share with it, reads only the consented fields
 * and records attendance. Every read of a person's data through a referral is audited, every refusal too.
 */
@Singleton
public class ReferralService {

    private final ReferralStore store;
    private final ReferralViews views;
    private final PersonAccess access;
    private final ConsentService consents;
    private final AuditLog audit;
    private final Clock clock;

    ReferralService(
            ReferralStore store,
            ReferralViews views,
            PersonAccess access,
            ConsentService consents,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.views = views;
        this.access = access;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

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
        return views.view(store.find(id, false).orElseThrow(), ReferralViews.Reading.CSW);
    }

    /** The referrals the caller may see: a CSW's teams' persons, or a host's consented referrals. Audited. */
    @Transactional
    public List<ReferralView> list(Caller caller, @Nullable Long person, @Nullable Long offer, boolean attention) {
        List<ReferralView> found = new ArrayList<>();
        if (caller.role() == Role.CSW) {
            for (var row : store.ofTeams(caller.teamIds(), person, offer)) {
                found.add(views.view(row, ReferralViews.Reading.CSW));
            }
        } else if (caller.role() == Role.ORG_MEMBER && caller.organizationId() != null && person == null) {
            for (var row : store.toOrganization(caller.organizationId(), offer)) {
                var consent = consents.validFor(row.personId(), caller.organizationId());
                if (consent.isPresent()) found.add(views.view(row, new ReferralViews.Reading(true, consent)));
            }
        } else if (person != null) {
            throw access.refuse(caller, "PERSON", person, "NOT_ALLOWED");
        } else {
            throw access.refuse(caller, "REFERRAL", null, "NOT_ALLOWED");
        }
        if (attention) found.removeIf(v -> v.alerts().isEmpty());
        if (!found.isEmpty()) {
            audit.record(
                    caller.actor(),
                    "PERSON_LISTED",
                    "REFERRAL",
                    null,
                    Map.of(
                            "personIds",
                            found.stream()
                                    .map(ReferralView::personId)
                                    .distinct()
                                    .toList()));
        }
        return found;
    }

    @Transactional
    public ReferralView get(long id, Caller caller) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        var reading = views.reading(caller, row);
        ReferralView view = views.view(row, reading);
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
        return views.view(store.find(id, false).orElseThrow(), ReferralViews.Reading.CSW);
    }

    /** The host (or the CSW) records whether the person came to a session. */
    @Transactional
    public Attendance recordAttendance(long id, AttendanceEntry r, Caller caller) {
        var row = store.find(id, false).orElseThrow(() -> new NotFoundException("referral", id));
        views.reading(caller, row);
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
        views.reading(caller, row);
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
        return views.view(store.find(id, false).orElseThrow(), ReferralViews.Reading.CSW);
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
