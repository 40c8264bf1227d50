package org.deban.catalogue.offer;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.deban.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/** What a host says about an offer: the role, who it suits, what it asks, and when it happens. */
@Serdeable
public record OfferRequest(
        @NotNull Long placeId,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String description,
        @NotNull OfferType type,
        @Nullable OfferMode mode,
        @Nullable List<@NotNull @Min(1) @Max(3) Integer> roleLevels,
        @Nullable @Size(max = 2000) String strengthsWanted,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 50) String> strengthTags,
        @Nullable @Size(max = 30) List<@NotBlank String> tags,
        @Nullable @PositiveOrZero Integer capacity,
        @Nullable @PositiveOrZero Integer openSlots,
        @Nullable PhysicalLoad physicalLoad,
        @Nullable Boolean trialPossible,
        @Nullable @Min(0) @Max(120) Integer minAge,
        @Nullable @Min(0) @Max(120) Integer maxAge,
        @Nullable List<@NotNull TargetGroup> targetGroups,
        @Nullable Boolean residentsOnly,
        @Nullable @PositiveOrZero Integer costYen,
        @Nullable @Size(max = 500) String costNote,
        @Nullable Boolean paid,
        @Nullable @PositiveOrZero Integer typicalHeadcount,
        @Nullable @Valid Venue venue,
        @Nullable @Valid Schedule schedule) {

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
