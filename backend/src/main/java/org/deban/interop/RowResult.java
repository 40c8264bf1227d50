package org.deban.interop;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.deban.catalogue.Location;
import org.deban.catalogue.offer.OfferType;
import org.deban.catalogue.place.PlaceKind;
import org.deban.common.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * One row of an imported list and what became of it. Errors name the file's own column header in
 * {@code field}; nothing is dropped without a line here.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param wouldCreate what the row makes (a place and its offer), shown in the preview and kept after
 * @param placeId the place created; null in a dry run and for rows not imported
 */
@Serdeable
public record RowResult(
        int row,
        Status status,
        String name,
        @Nullable String address,
        @Nullable Created wouldCreate,
        List<FieldError> errors,
        List<String> warnings,
        @Nullable Long placeId,
        @Nullable Long offerId) {

    /** OK: imported (or would be); ERROR: not, see errors; DUPLICATE: not, the place is already there. */
    @Serdeable
    public enum Status {
        OK,
        ERROR,
        DUPLICATE
    }

    /** The place and offer a row makes, as a person checks them before importing. */
    @Serdeable
    public record Created(PlaceKind kind, Location location, String offerTitle, OfferType offerType, String schedule) {}

    RowResult imported(long place, long offer) {
        return new RowResult(row, status, name, address, wouldCreate, errors, warnings, place, offer);
    }

    RowResult failed(List<FieldError> why) {
        return new RowResult(row, Status.ERROR, name, address, wouldCreate, why, warnings, null, null);
    }
}
