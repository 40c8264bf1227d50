package org.deban.common;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The one clock of the application, in Asia/Tokyo. Every "today" comes from it, so tests and
 * demos can fix the date with {@code deban.clock.fixed} (an ISO instant).
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(
            @Property(name = "deban.zone") String zone, @Property(name = "deban.clock.fixed") @Nullable String fixed) {
        ZoneId zoneId = ZoneId.of(zone);
        return fixed == null || fixed.isBlank() ? Clock.system(zoneId) : Clock.fixed(Instant.parse(fixed), zoneId);
    }
}
