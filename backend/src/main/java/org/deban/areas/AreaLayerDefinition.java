package org.deban.areas;

import org.jspecify.annotations.Nullable;

/**
 * A layer as a city defines it when importing.
 *
 * @param code stable lower-case identifier, e.g. {@code district}, {@code school-elementary}
 * @param approximate derived by Deban rather than drawn by the city (shown as such in the API)
 * @param source where the boundaries come from, for the credits
 */
public record AreaLayerDefinition(
        String code,
        String name,
        AreaLayerKind kind,
        boolean approximate,
        @Nullable String source) {}
