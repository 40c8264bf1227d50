package org.deban.areas;

import java.util.Locale;

/** GeoJSON geometries for area tests, in open sea south of Honshu so no other test's places fall inside. */
public final class Shapes {
    private Shapes() {}

    /** A square of half-width {@code half} degrees around a point. */
    public static String square(double lat, double lon, double half) {
        return polygon(new double[][] {
            {lon - half, lat - half}, {lon + half, lat - half}, {lon + half, lat + half}, {lon - half, lat + half}
        });
    }

    /** A self-intersecting "bow tie": invalid, repairable into two triangles. */
    static String bowTie(double lat, double lon, double half) {
        return polygon(new double[][] {
            {lon - half, lat - half}, {lon + half, lat + half}, {lon + half, lat - half}, {lon - half, lat + half}
        });
    }

    static String polygon(double[][] ring) {
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        for (double[] p : ring) json.append(String.format(Locale.ROOT, "[%.6f,%.6f],", p[0], p[1]));
        json.append(String.format(Locale.ROOT, "[%.6f,%.6f]]]}", ring[0][0], ring[0][1]));
        return json.toString();
    }
}
