package org.deban.catalogue.place;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * How to get in and around. A missing flag means "not confirmed", stored as false, so a
 * wheelchair user is never promised what nobody checked.
 *
 * @param floor 1 = ground floor, 2 = second floor…, 0 = unknown, negative = basement
 * @param writtenCommunication 筆談対応
 */
@Serdeable
public record Accessibility(
        @Nullable @Min(-5) @Max(99) Integer floor,
        @Nullable Boolean elevator,
        @Nullable Boolean stepFree,
        @Nullable Boolean accessibleToilet,
        @Nullable Boolean parking,
        @Nullable Boolean busStopNearby,
        @Nullable Boolean writtenCommunication) {

    public static final Accessibility UNKNOWN = new Accessibility(0, false, false, false, false, false, false);

    /** The same facts with every unknown made explicit. */
    public Accessibility normalised() {
        return new Accessibility(
                floor == null ? 0 : floor,
                Boolean.TRUE.equals(elevator),
                Boolean.TRUE.equals(stepFree),
                Boolean.TRUE.equals(accessibleToilet),
                Boolean.TRUE.equals(parking),
                Boolean.TRUE.equals(busStopNearby),
                Boolean.TRUE.equals(writtenCommunication));
    }
}
