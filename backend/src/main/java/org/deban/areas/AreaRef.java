package org.deban.areas;

import io.micronaut.serde.annotation.Serdeable;

/** An area a place lies in, as shown with the place: {@code 地区: 祖父江}. */
@Serdeable
public record AreaRef(long id, String layer, AreaLayerKind kind, String code, String name, boolean approximate) {}
