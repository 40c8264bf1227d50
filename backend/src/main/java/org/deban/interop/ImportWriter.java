package org.deban.interop;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.deban.catalogue.offer.OfferResponse;
import org.deban.catalogue.offer.OfferService;
import org.deban.catalogue.place.PlaceResponse;
import org.deban.catalogue.place.PlaceService;
import org.jspecify.annotations.Nullable;

/**
 * Writes and removes one row's place and offer in one transaction, through the catalogue's services
 * (validation, area assignment, occurrences and the search outbox all happen as for the API).
 */
@Singleton
class ImportWriter {
    private final PlaceService places;
    private final OfferService offers;
    private final ImportStore store;

    ImportWriter(PlaceService places, OfferService offers, ImportStore store) {
        this.places = places;
        this.offers = offers;
        this.store = store;
    }

    /**
     * Creates a batch of rows in one transaction (far fewer commits for the search indexer to follow);
     * one refusal rolls the whole batch back, and the caller retries it row by row.
     */
    @Transactional
    List<RowResult> writeAll(long importId, long organization, List<RowResult> rows, List<Draft> drafts) {
        List<RowResult> written = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) written.add(write(importId, organization, rows.get(i), drafts.get(i)));
        return written;
    }

    /** Creates the row's place and offer; a refused offer takes its place back with it. */
    @Transactional
    RowResult write(long importId, long organization, RowResult row, Draft draft) {
        PlaceResponse place = places.create(draft.place(organization));
        OfferResponse offer = offers.create(draft.offer(place.id()));
        store.item(importId, row.row(), place.id(), offer.id());
        return row.imported(place.id(), offer.id());
    }

    /** Removes the row's offer and place, or says why they stay. */
    @Transactional
    @Nullable
    String undo(long importId, ImportStore.Item item) {
        String inUse = store.inUse(importId, item);
        if (inUse != null) return inUse;
        offers.delete(item.offerId());
        places.delete(item.placeId());
        store.itemUndone(importId, item.row());
        return null;
    }
}
