package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A layer of areas with how many it holds. */
@Serdeable
public record AreaLayerResponse(
        String code,
        String name,
        AreaLayerKind kind,
        boolean approximate,
        @Nullable String source,
        long areas,
        Instant updatedAt) {}
