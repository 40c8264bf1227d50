package org.deban.catalogue.offer;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a 会場提供 offer lends: room for how many, a kitchen, and what it costs per use. */
@Serdeable
public record Venue(
        @NotNull @PositiveOrZero @Max(10000) Integer capacity,
        @Nullable Boolean kitchen,
        @Nullable @PositiveOrZero Integer feeYen,
        @Nullable @Size(max = 500) String feeNote,
        @Nullable @Size(max = 1000) String equipment) {}
