package org.deban.journey;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.deban.people.DisclosedPerson;
import org.jspecify.annotations.Nullable;

/**
 * A referral as its reader may see it. The CSW reads the person's name, every step with its notes, the follow-ups
 * and the alerts. The host reads only {@code person} (the consented fields), the steps' names and dates, and the
 * attendance it records.
 */
@Serdeable
public record ReferralView(
        long id,
        long personId,
        @Nullable String personName,
        @Nullable DisclosedPerson person,
        OfferRef offer,
        Step step,
        LocalDate stepOn,
        @Nullable Step suspendedFrom,
        List<StepEntry> steps,
        List<FollowUp> followUps,
        List<Alert> alerts,
        @Nullable Long consentId) {

    /** The offer and who hosts it. */
    @Serdeable
    public record OfferRef(
            long id,
            String title,
            String type,
            long placeId,
            String placeName,
            long organizationId,
            String organizationName) {}

    /** One step taken: when, by whom, with a short note (and for 中断・終了 the reason). */
    @Serdeable
    public record StepEntry(
            Step step,
            LocalDate on,
            @Nullable String note,
            boolean accompanied,
            @Nullable String reason,
            @Nullable String by) {}

    /** A follow-up due after the referral entered 参加中: {@code TWO_WEEKS}, {@code ONE_MONTH}, {@code THREE_MONTHS}. */
    @Serdeable
    public record FollowUp(
            String kind,
            LocalDate dueOn,
            @Nullable LocalDate doneOn,
            @Nullable String note) {}

    /**
     * Something the CSW should act on: {@code MISSED_TWICE} (the host recorded two missed sessions in a row) or
     * {@code FOLLOW_UP_DUE}.
     */
    @Serdeable
    public record Alert(String code, String text, LocalDate since) {}

    @Serdeable
    public record Attendance(
            LocalDate on, boolean attended, @Nullable String note) {}
}
