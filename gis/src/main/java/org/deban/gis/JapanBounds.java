package org.deban.gis;

/**
 * A generous box around Japan's territory, from 南鳥島 to 与那国島 and 択捉島 to 沖ノ鳥島.
 * A point outside it is almost always a typing mistake — most often latitude and longitude
 * swapped — so input is checked against it before it is stored.
 */
public final class JapanBounds {
    public static final double MIN_LAT = 20.0;
    public static final double MAX_LAT = 46.0;
    public static final double MIN_LON = 122.0;
    public static final double MAX_LON = 154.0;

    private JapanBounds() {}

    public static boolean contains(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    /** True when the pair only makes sense read the other way round. */
    public static boolean looksSwapped(double lat, double lon) {
        return !contains(lat, lon) && contains(lon, lat);
    }
}
