package org.deban.matching.venue;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.deban.areas.AreaRef;
import org.deban.people.TimeWindow;
import org.jspecify.annotations.Nullable;

/** A stored venue request: {@code area}, or {@code point} with {@code radiusKm}, says where the group looks. */
@Serdeable
public record VenueRequestView(
        long id,
        String title,
        @Nullable String description,
        int groupSize,
        boolean kitchenNeeded,
        List<TimeWindow> windows,
        @Nullable AreaRef area,
        VenueRequestInput.@Nullable Point point,
        @Nullable Double radiusKm,
        @Nullable Integer budgetYen,
        @Nullable Long organizationId,
        @Nullable String organizationName,
        Instant createdAt) {}
