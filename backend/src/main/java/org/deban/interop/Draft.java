package org.deban.interop;

import java.util.List;
import org.deban.catalogue.Contact;
import org.deban.catalogue.Location;
import org.deban.catalogue.offer.OfferRequest;
import org.deban.catalogue.offer.OfferType;
import org.deban.catalogue.place.PlaceKind;
import org.deban.catalogue.place.PlaceRequest;
import org.deban.schedule.Schedule;
import org.jspecify.annotations.Nullable;

/**
 * What one list row would create: a place and its one offer, in the terms of the catalogue's own
 * requests, so that an import writes exactly what the registration form would.
 */
record Draft(
        String name,
        @Nullable String nameKana,
        PlaceKind kind,
        @Nullable String address,
        Location location,
        @Nullable String placeDescription,
        Contact contact,
        String offerTitle,
        OfferType offerType,
        @Nullable String offerDescription,
        Schedule schedule,
        @Nullable Integer costYen,
        @Nullable String costNote,
        @Nullable Integer minAge,
        @Nullable Integer capacity) {

    PlaceRequest place(long organizationId) {
        return new PlaceRequest(
                organizationId,
                name,
                nameKana,
                kind,
                placeDescription,
                address,
                location,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                contact);
    }

    OfferRequest offer(long placeId) {
        return new OfferRequest(
                placeId,
                offerTitle,
                offerDescription,
                offerType,
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                capacity,
                null,
                null,
                null,
                minAge,
                null,
                List.of(),
                null,
                costYen,
                costNote,
                null,
                null,
                null,
                schedule);
    }
}
