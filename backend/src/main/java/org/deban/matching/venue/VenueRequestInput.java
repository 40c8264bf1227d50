package org.deban.matching.venue;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.deban.people.TimeWindow;
import org.jspecify.annotations.Nullable;

/**
 * A group looking for a venue, as a CSW or an organisation registers it: how many people, whether they need a
 * kitchen, when they would meet ({@code windows}), where — an {@code areaId} (a 地区, a 小学校区 …) or a {@code point}
 * with {@code radiusKm} — and the most they can pay per use. {@code organizationId} names the requesting
 * organisation (its members then see the request); an organisation member's requests are always their own
 * organisation's. Everything is checked by {@link VenueRequestValidator}, which names each field.
 */
@Serdeable
public record VenueRequestInput(
        @Nullable String title,
        @Nullable String description,
        @Nullable Integer groupSize,
        @Nullable Boolean kitchenNeeded,
        @Nullable List<TimeWindow> windows,
        @Nullable Long areaId,
        @Nullable Point point,
        @Nullable Double radiusKm,
        @Nullable Integer budgetYen,
        @Nullable Long organizationId) {

    /** A WGS84 point, {@code {"lat", "lon"}}: a station or a 公民館 the group gathers around, never an address. */
    @Serdeable
    public record Point(@Nullable Double lat, @Nullable Double lon) {}

    List<TimeWindow> windowsOrEmpty() {
        return windows == null ? List.of() : windows;
    }
}
