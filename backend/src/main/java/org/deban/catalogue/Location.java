package org.deban.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.deban.gis.GeoPoint;

/** A WGS84 point on the wire, {@code {"lat", "lon"}}; becomes a {@link GeoPoint} inside. */
@Serdeable
public record Location(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {

    public static Location of(GeoPoint point) {
        return new Location(point.lat(), point.lon());
    }

    public GeoPoint toGeoPoint() {
        return GeoPoint.of(lat, lon);
    }
}
