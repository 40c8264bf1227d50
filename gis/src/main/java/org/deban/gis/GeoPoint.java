package org.deban.gis;

/**
 * A WGS84 point (SRID 4326). Built only through {@link #of}, which refuses impossible
 * coordinates, so every point in Deban is at least on the globe.
 */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a WGS84 coordinate: " + lat + ", " + lon);
        }
    }

    public static GeoPoint of(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    /** Great-circle (haversine) distance: the straight-line "約1.2 km" of the product. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Whether {@link #distanceKm} is more than {@code km}. The difference in latitude alone is a lower bound of the
     * distance, so most points far to the north or south are told apart without the trigonometry (offer → persons
     * asks this of thousands of persons per request).
     */
    public boolean fartherThan(GeoPoint other, double km) {
        if (EARTH_RADIUS_KM * Math.toRadians(Math.abs(other.lat - lat)) > km + 1e-9) return true;
        return distanceKm(other) > km;
    }

    /** GeoJSON order: longitude first. */
    public double[] toLonLat() {
        return new double[] {lon, lat};
    }
}
