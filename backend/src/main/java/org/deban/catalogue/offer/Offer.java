package org.deban.catalogue.offer;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.deban.schedule.Schedule;
import org.jspecify.annotations.Nullable;

@MappedEntity("offer")
record Offer(
        @Id @GeneratedValue @Nullable Long id,
        long placeId,
        String title,
        @Nullable String description,
        OfferType type,
        OfferMode mode,
        @TypeDef(type = DataType.INTEGER_ARRAY) Integer[] roleLevels,
        @Nullable String strengthsWanted,
        @TypeDef(type = DataType.STRING_ARRAY) String[] strengthTags,
        @TypeDef(type = DataType.STRING_ARRAY) String[] tags,
        @Nullable Integer capacity,
        @Nullable Integer openSlots,
        @Nullable PhysicalLoad physicalLoad,
        boolean trialPossible,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        @TypeDef(type = DataType.STRING_ARRAY) String[] targetGroups,
        boolean residentsOnly,
        int costYen,
        @Nullable String costNote,
        boolean paid,
        @Nullable Integer typicalHeadcount,
        @Nullable Integer venueCapacity,
        @Nullable Boolean venueKitchen,
        @Nullable Integer venueFeeYen,
        @Nullable String venueFeeNote,
        @Nullable String venueEquipment,
        @TypeDef(type = DataType.JSON) Schedule schedule,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Offer from(@Nullable Long id, OfferRequest r, @Nullable Instant createdAt) {
        Venue v = r.venue();
        return new Offer(
                id,
                r.placeId(),
                r.title().strip(),
                r.description(),
                r.type(),
                r.mode() == null ? OfferMode.ON_SITE : r.mode(),
                OfferRequest.orEmpty(r.roleLevels()).stream()
                        .distinct()
                        .sorted()
                        .toArray(Integer[]::new),
                r.strengthsWanted(),
                OfferRequest.orEmpty(r.strengthTags()).stream()
                        .map(String::strip)
                        .distinct()
                        .toArray(String[]::new),
                OfferRequest.orEmpty(r.tags()).stream().distinct().toArray(String[]::new),
                r.capacity(),
                r.openSlots(),
                r.physicalLoad(),
                Boolean.TRUE.equals(r.trialPossible()),
                r.minAge(),
                r.maxAge(),
                OfferRequest.orEmpty(r.targetGroups()).stream()
                        .distinct()
                        .map(Enum::name)
                        .toArray(String[]::new),
                Boolean.TRUE.equals(r.residentsOnly()),
                r.costYen() == null ? 0 : r.costYen(),
                r.costNote(),
                Boolean.TRUE.equals(r.paid()),
                r.typicalHeadcount(),
                v == null ? null : v.capacity(),
                v == null ? null : Boolean.TRUE.equals(v.kitchen()),
                v == null ? null : v.feeYen(),
                v == null ? null : v.feeNote(),
                v == null ? null : v.equipment(),
                r.schedule() == null ? Schedule.EMPTY : r.schedule(),
                createdAt,
                null);
    }

    @Nullable
    Venue venue() {
        return venueCapacity == null
                ? null
                : new Venue(venueCapacity, venueKitchen, venueFeeYen, venueFeeNote, venueEquipment);
    }

    List<TargetGroup> targetGroupList() {
        return Arrays.stream(targetGroups).map(TargetGroup::valueOf).toList();
    }
}
