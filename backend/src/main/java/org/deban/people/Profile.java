package org.deban.people;

import java.util.List;
import org.deban.gis.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What matching needs of a person, stored or typed in during a conversation: never stored by matching, never
 * logged. {@code home} is the point distances are measured from (the area's representative point, or the point the
 * CSW chose), {@code homeAreaId} the area it lies in when known.
 */
public record Profile(
        @Nullable Long personId,
        String displayName,
        @Nullable Integer age,
        @Nullable String strengths,
        @Nullable String interests,
        List<String> strengthTags,
        @Nullable String pastWork,
        List<TimeWindow> availability,
        @Nullable Reach reach,
        @Nullable GeoPoint home,
        List<PersonConstraint> constraints,
        List<Want> wants) {

    public boolean must(Limitation limitation) {
        return constraints.stream().anyMatch(c -> c.code() == limitation && c.must());
    }

    public boolean has(Limitation limitation) {
        return constraints.stream().anyMatch(c -> c.code() == limitation);
    }
}
