package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person's whole record, as the CSWs of the teams that see it read it (every read is audited). */
@Serdeable
public record PersonResponse(
        long id,
        long teamId,
        @Nullable Long assignedAccountId,
        String displayName,
        @Nullable String nameKana,
        @Nullable String contact,
        @Nullable Integer age,
        @Nullable String strengths,
        @Nullable String interests,
        List<String> strengthTags,
        @Nullable String pastWork,
        List<TimeWindow> availability,
        @Nullable Reach reach,
        @Nullable Home home,
        List<PersonConstraint> constraints,
        List<Want> wants,
        @Nullable LocalDate closedOn,
        List<Share> sharedWith,
        Ledger ledger,
        Instant updatedAt) {

    /** Another team that sees the record, and the decision that lets it. */
    @Serdeable
    public record Share(
            long teamId,
            String teamName,
            String basis,
            @Nullable Long consentId,
            LocalDate decidedOn) {}

    /** 恩送り, both sides: help the person received, and the volunteer roles they were referred to since. */
    @Serdeable
    public record Ledger(List<SupportReceived> received, List<HelpGiven> given) {}

    @Serdeable
    public record SupportReceived(
            long id,
            String what,
            @Nullable Long providerOrganizationId,
            @Nullable String providerName,
            LocalDate on) {}

    @Serdeable
    public record HelpGiven(long referralId, long offerId, String offerTitle, String organizationName, String step) {}
}
