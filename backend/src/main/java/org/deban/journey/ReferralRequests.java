package org.deban.journey;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What callers send to the journey's endpoints. Dates default to today (Asia/Tokyo) and may not be in the future. */
public final class ReferralRequests {
    private ReferralRequests() {}

    /** Starts a referral of a person to an offer at 打診. */
    @Serdeable
    public record Create(
            @Nullable Long personId,
            @Nullable Long offerId,
            @Nullable LocalDate on,
            @Nullable String note) {}

    /** Moves a referral to a step; {@code reason} is required for 中断 and 終了. */
    @Serdeable
    public record Move(
            @Nullable Step step,
            @Nullable LocalDate on,
            @Nullable String note,
            @Nullable Boolean accompanied,
            @Nullable String reason) {}

    /** One session: did the person come? */
    @Serdeable
    public record AttendanceEntry(
            @Nullable LocalDate on,
            @Nullable Boolean attended,
            @Nullable String note) {}

    /** A follow-up done. */
    @Serdeable
    public record FollowUpDone(
            @Nullable LocalDate on, @Nullable String note) {}
}
