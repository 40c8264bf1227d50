package org.deban.gis.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.deban.gis.GeoPoint;

/**
 * Reads a town list in the CSV layout of the Geolonia 住所データ per-city files: a header {@code
 * town,koaza,lat,lng}, then one row per 町丁目 / 大字 (koaza empty) or 小字. A leading byte-order mark
 * is skipped; no field is quoted in these files, so none is unquoted here. A row with both lat and
 * lng empty is a town without a point yet ({@link Town#point()} null).
 */
public final class TownCsv {
    private static final String HEADER = "town,koaza,lat,lng";

    private TownCsv() {}

    /**
     * @throws IllegalArgumentException naming the line, when the header or a row is not as expected
     */
    public static List<Town> read(Reader reader, String cityCode, String prefecture, String city) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
            throw new IllegalArgumentException("line 1: expected the header '" + HEADER + "', found '" + header + "'");
        }
        List<Town> towns = new ArrayList<>();
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split(",", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(
                        "line " + lineNumber + ": expected 4 fields, found " + fields.length);
            }
            try {
                boolean noPoint = fields[2].isEmpty() && fields[3].isEmpty();
                GeoPoint point =
                        noPoint ? null : GeoPoint.of(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]));
                towns.add(new Town(cityCode, prefecture, city, fields[0], fields[1], point));
            } catch (IllegalArgumentException e) { // also NumberFormatException
                throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return towns;
    }
}
