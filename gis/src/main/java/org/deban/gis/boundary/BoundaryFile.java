package org.deban.gis.boundary;

import java.util.List;

/**
 * The features of one boundary file.
 *
 * @param features in file order
 * @param format {@link #GEOJSON} or {@link #TOPOJSON}, what the file turned out to be
 */
public record BoundaryFile(List<BoundaryFeature> features, String format) {
    public static final String GEOJSON = "GeoJSON";
    public static final String TOPOJSON = "TopoJSON";

    public BoundaryFile {
        features = List.copyOf(features);
    }
}
