package org.deban.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a recipient may see of a person: exactly the fields a consent names, the others absent (not even empty).
 * {@code homeArea} is the area's name or the chosen point's label, never coordinates.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosedPerson(
        List<PersonField> fields,
        @Nullable String displayName,
        @Nullable String nameKana,
        @Nullable String contact,
        @Nullable Integer age,
        @Nullable String strengths,
        @Nullable String interests,
        @Nullable List<String> strengthTags,
        @Nullable String pastWork,
        @Nullable List<TimeWindow> availability,
        @Nullable List<PersonConstraint> constraints,
        @Nullable List<Want> wants,
        @Nullable String homeArea) {}
