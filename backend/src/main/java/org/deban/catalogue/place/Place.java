package org.deban.catalogue.place;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deban.areas.AreaRef;
import org.deban.catalogue.Contact;
import org.deban.catalogue.Location;
import org.jspecify.annotations.Nullable;

/** A row of {@code place}; the generated {@code geog} column is PostgreSQL's business and not mapped. */
@MappedEntity("place")
record Place(
        @Id @GeneratedValue @Nullable Long id,
        long organizationId,
        String name,
        @Nullable String nameKana,
        PlaceKind kind,
        @Nullable String description,
        @Nullable String address,
        double lat,
        double lon,
        int floor,
        boolean elevator,
        boolean stepFree,
        boolean accessibleToilet,
        boolean parking,
        boolean busStopNearby,
        boolean writtenCommunication,
        @TypeDef(type = DataType.STRING_ARRAY) String[] tags,
        StaffPresence staffPresence,
        PlaceStatus status,
        @Nullable String statusNote,
        Sensitivity sensitivity,
        LocalDate lastConfirmedOn,
        @Nullable String contactPerson,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        @Nullable String contactUrl,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Place from(@Nullable Long id, PlaceRequest r, LocalDate lastConfirmedOn, @Nullable Instant createdAt) {
        Accessibility a = (r.accessibility() == null ? Accessibility.UNKNOWN : r.accessibility()).normalised();
        Contact c = Contact.orEmpty(r.contact());
        return new Place(
                id,
                r.organizationId(),
                r.name().strip(),
                r.nameKana(),
                r.kind(),
                r.description(),
                r.address(),
                r.location().lat(),
                r.location().lon(),
                a.floor(),
                a.elevator(),
                a.stepFree(),
                a.accessibleToilet(),
                a.parking(),
                a.busStopNearby(),
                a.writtenCommunication(),
                r.tagsOrEmpty().stream().distinct().toArray(String[]::new),
                r.staffPresence() == null ? StaffPresence.NONE : r.staffPresence(),
                r.status() == null ? PlaceStatus.ACTIVE : r.status(),
                r.statusNote(),
                r.sensitivity() == null ? Sensitivity.EXACT : r.sensitivity(),
                lastConfirmedOn,
                c.person(),
                c.phone(),
                c.email(),
                c.url(),
                createdAt,
                null);
    }

    Place confirmedOn(LocalDate date) {
        return new Place(
                id,
                organizationId,
                name,
                nameKana,
                kind,
                description,
                address,
                lat,
                lon,
                floor,
                elevator,
                stepFree,
                accessibleToilet,
                parking,
                busStopNearby,
                writtenCommunication,
                tags,
                staffPresence,
                status,
                statusNote,
                sensitivity,
                date,
                contactPerson,
                contactPhone,
                contactEmail,
                contactUrl,
                createdAt,
                updatedAt);
    }

    PlaceRef toRef() {
        return new PlaceRef(id, organizationId, name, status);
    }

    /** The public view: an area-only place loses its point and address. */
    PlaceResponse toResponse(List<AreaRef> areas, boolean stale, boolean exactAllowed) {
        boolean hide = sensitivity == Sensitivity.AREA_ONLY && !exactAllowed;
        return new PlaceResponse(
                id,
                organizationId,
                name,
                nameKana,
                kind,
                description,
                hide ? null : address,
                hide ? null : new Location(lat, lon),
                sensitivity == Sensitivity.AREA_ONLY,
                areas,
                new Accessibility(
                        floor, elevator, stepFree, accessibleToilet, parking, busStopNearby, writtenCommunication),
                List.of(tags),
                staffPresence,
                status,
                statusNote,
                sensitivity,
                lastConfirmedOn,
                stale,
                Contact.of(contactPerson, contactPhone, contactEmail, contactUrl),
                updatedAt);
    }
}
