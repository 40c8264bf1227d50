package org.deban.gis.tile;

/**
 * A box in WGS84 degrees, in the order of GeoJSON {@code bbox} and of MapLibre's {@code
 * LngLatBounds}: west, south, east, north.
 */
public record LonLatBounds(double west, double south, double east, double north) {

    public LonLatBounds {
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new IllegalArgumentException(
                    "west and east must satisfy -180 ≤ west ≤ east ≤ 180 (no antimeridian crossing): " + west + ", "
                            + east);
        }
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException(
                    "south and north must satisfy -90 ≤ south ≤ north ≤ 90: " + south + ", " + north);
        }
    }
}
