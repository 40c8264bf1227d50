package org.deban.consent;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.deban.people.PersonField;
import org.jspecify.annotations.Nullable;

/** A recorded consent; {@code valid} until it is withdrawn. */
@Serdeable
public record ConsentView(
        long id,
        long personId,
        String purpose,
        @Nullable Long recipientOrganizationId,
        @Nullable Long recipientTeamId,
        String recipientName,
        List<PersonField> fields,
        LocalDate givenOn,
        ConsentMethod method,
        @Nullable String methodNote,
        @Nullable Long recordedBy,
        @Nullable LocalDate withdrawnOn,
        @Nullable String withdrawalNote,
        boolean valid) {}
