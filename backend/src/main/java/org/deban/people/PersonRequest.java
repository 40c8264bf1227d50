package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile as a CSW records it. {@code teamId} is the owning team (one of the CSW's own); {@code closedOn}
 * marks the end of support, from which the team's retention period counts.
 */
@Serdeable
public record PersonRequest(
        @Nullable Long teamId,
        @Nullable String displayName,
        @Nullable String nameKana,
        @Nullable String contact,
        @Nullable Integer age,
        @Nullable String strengths,
        @Nullable String interests,
        @Nullable List<String> strengthTags,
        @Nullable String pastWork,
        @Nullable List<TimeWindow> availability,
        @Nullable Reach reach,
        @Nullable Home home,
        @Nullable List<PersonConstraint> constraints,
        @Nullable List<Want> wants,
        @Nullable LocalDate closedOn) {

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
