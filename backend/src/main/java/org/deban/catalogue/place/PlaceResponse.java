package org.deban.catalogue.place;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deban.areas.AreaRef;
import org.deban.catalogue.Contact;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/**
 * A place as the API shows it. For an {@code AREA_ONLY} place seen by the public, {@code location}
 * and {@code address} are null and {@code areaOnly} is true: {@code areas} says where it is.
 *
 * @param areas the areas the place lies in, coarse layers first (市区町村, 地区, 町丁目 …)
 * @param stale not confirmed for the configured number of days (まだ正しいですか？)
 */
@Serdeable
public record PlaceResponse(
        long id,
        long organizationId,
        String name,
        @Nullable String nameKana,
        PlaceKind kind,
        @Nullable String description,
        @Nullable String address,
        @Nullable Location location,
        boolean areaOnly,
        List<AreaRef> areas,
        Accessibility accessibility,
        List<String> tags,
        StaffPresence staffPresence,
        PlaceStatus status,
        @Nullable String statusNote,
        Sensitivity sensitivity,
        LocalDate lastConfirmedOn,
        boolean stale,
        Contact contact,
        Instant updatedAt) {}
