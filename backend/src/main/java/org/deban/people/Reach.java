package org.deban.people;

import io.micronaut.serde.annotation.Serdeable;
import org.deban.gis.travel.TravelMode;
import org.jspecify.annotations.Nullable;

/** How far a person can go: by which means, within minutes (GIS travel estimate) and/or km (straight line). */
@Serdeable
public record Reach(
        TravelMode mode,
        @Nullable Integer minutes,
        @Nullable Double km) {}
