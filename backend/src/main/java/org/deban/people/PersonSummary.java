package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of a caseload: who, which team, which CSW, whether support has ended. */
@Serdeable
public record PersonSummary(
        long id,
        String displayName,
        long teamId,
        @Nullable Long assignedAccountId,
        @Nullable String homeAreaName,
        @Nullable LocalDate closedOn) {}
