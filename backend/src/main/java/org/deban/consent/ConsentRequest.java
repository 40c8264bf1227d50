package org.deban.consent;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.deban.people.PersonField;
import org.jspecify.annotations.Nullable;

/**
 * "Share name, contact and strengths with 子ども食堂 X for a visit": the person, the purpose, one recipient (a host
 * organisation or another team), the fields, when and how it was given.
 */
@Serdeable
public record ConsentRequest(
        @Nullable Long personId,
        @Nullable String purpose,
        @Nullable Long recipientOrganizationId,
        @Nullable Long recipientTeamId,
        @Nullable List<PersonField> fields,
        @Nullable LocalDate givenOn,
        @Nullable ConsentMethod method,
        @Nullable String methodNote) {}
