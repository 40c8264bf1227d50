package org.deban.gis.tile;

import java.util.ArrayList;
import java.util.List;
import org.deban.gis.GeoPoint;

/**
 * A web-map tile: zoom {@code z}, column {@code x} from the west (antimeridian), row {@code y} from
 * the north, in the spherical Web Mercator scheme of OSM "slippy map" tiles, which MapLibre and
 * 地理院タイル use too. At zoom z the world is 2^z × 2^z tiles, between latitudes ±85.0511°.
 */
public record TileId(int z, int x, int y) {
    /** The deepest zoom we serve or compute; 地理院タイル stop at 18, vector tiles are overzoomed. */
    public static final int MAX_ZOOM = 22;
    /** {@link #covering} refuses more tiles than this, rather than run out of memory. */
    public static final int MAX_COVERING = 1 << 20;
    /**
     * A box edge this close to a tile edge (in tile widths) counts as on it: a tile's own bounds,
     * sent through the Mercator formula and back, come out a few 1e-13 off.
     */
    private static final double EDGE_TOLERANCE = 1e-9;

    /** The latitude where the Web Mercator square ends: atan(sinh(π)). */
    public static final double MAX_LATITUDE = 85.0511287798066;

    public TileId {
        checkZoom(z);
        int last = (1 << z) - 1;
        if (x < 0 || x > last || y < 0 || y > last) {
            throw new IllegalArgumentException(
                    "tile " + z + "/" + x + "/" + y + " does not exist: x and y must be 0.." + last + " at zoom " + z);
        }
    }

    public static TileId of(int z, int x, int y) {
        return new TileId(z, x, y);
    }

    /** The tile at zoom {@code z} that holds the point; points beyond ±85.0511° fall in the edge row. */
    public static TileId containing(GeoPoint point, int z) {
        checkZoom(z);
        int last = (1 << z) - 1;
        int x = clamp((int) Math.floor(column(point.lon(), z)), last);
        int y = clamp((int) Math.floor(row(point.lat(), z)), last);
        return new TileId(z, x, y);
    }

    /**
     * Every tile at zoom {@code z} that overlaps the box, row by row from the north-west. A box edge
     * lying exactly on a tile edge does not pull in the neighbouring tile, so the bounds of a tile are
     * covered by that tile alone.
     *
     * @throws IllegalArgumentException when that would be more than {@link #MAX_COVERING} tiles
     */
    public static List<TileId> covering(LonLatBounds bounds, int z) {
        checkZoom(z);
        int last = (1 << z) - 1;
        int minX = clamp((int) Math.floor(column(bounds.west(), z) + EDGE_TOLERANCE), last);
        int maxX = Math.max(minX, clamp((int) Math.ceil(column(bounds.east(), z) - EDGE_TOLERANCE) - 1, last));
        int minY = clamp((int) Math.floor(row(bounds.north(), z) + EDGE_TOLERANCE), last);
        int maxY = Math.max(minY, clamp((int) Math.ceil(row(bounds.south(), z) - EDGE_TOLERANCE) - 1, last));
        long count = (long) (maxX - minX + 1) * (maxY - minY + 1);
        if (count > MAX_COVERING) {
            throw new IllegalArgumentException(
                    count + " tiles at zoom " + z + " is more than " + MAX_COVERING + "; use a lower zoom");
        }
        List<TileId> tiles = new ArrayList<>((int) count);
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                tiles.add(new TileId(z, x, y));
            }
        }
        return tiles;
    }

    /** The tile's edges in degrees. */
    public LonLatBounds bounds() {
        double n = 1 << z;
        return new LonLatBounds(x / n * 360 - 180, latitude(y + 1, n), (x + 1) / n * 360 - 180, latitude(y, n));
    }

    /** Fractional column of a longitude. */
    private static double column(double lon, int z) {
        return (lon + 180) / 360 * (1 << z);
    }

    /** Fractional row of a latitude (Web Mercator). */
    private static double row(double lat, int z) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * (1 << z);
    }

    /** Latitude of the northern edge of row {@code y} among {@code n} rows. */
    private static double latitude(int y, double n) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y / n))));
    }

    private static int clamp(int value, int last) {
        return Math.max(0, Math.min(last, value));
    }

    private static void checkZoom(int z) {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be 0.." + MAX_ZOOM + ", not " + z);
        }
    }
}
