package org.deban.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import org.deban.gis.GeoPoint;

/**
 * A WGS84 point on the wire, {@code {"lat", "lon"}}; becomes a {@link GeoPoint} inside. Ranges are
 * checked by the feature that stores it (places must lie in Japan, and a swapped pair is named as such).
 */
@Serdeable
public record Location(@NotNull Double lat, @NotNull Double lon) {

    public static Location of(GeoPoint point) {
        return new Location(point.lat(), point.lon());
    }

    public GeoPoint toGeoPoint() {
        return GeoPoint.of(lat, lon);
    }
}
