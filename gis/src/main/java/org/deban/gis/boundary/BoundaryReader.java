package org.deban.gis.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a boundary file into {@link BoundaryFeature}s. It recognises, by the top-level {@code type}:
 *
 * <ul>
 *   <li>a GeoJSON {@code FeatureCollection} (RFC 7946) — one feature per element of {@code
 *       features};
 *   <li>a single GeoJSON {@code Feature};
 *   <li>a TopoJSON {@code Topology} — see {@link TopoJsonDecoder} for what is decoded.
 * </ul>
 *
 * <p>GeoJSON geometries are passed on as they are, including a {@code GeometryCollection}. The whole
 * file is read into memory (files are at most tens of MB), so no streaming.
 */
public final class BoundaryReader {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads every feature; for TopoJSON, every object of {@code objects}. */
    public BoundaryFile read(InputStream in) throws IOException {
        return read(in, null);
    }

    /**
     * Reads one named TopoJSON object, or every object when {@code objectName} is null.
     *
     * @throws BoundaryFormatException when the input is not GeoJSON or TopoJSON, when a name is given
     *     for GeoJSON input (which has no named objects — better to say so than to ignore it), or when
     *     the TopoJSON has no object of that name
     * @throws IOException when the stream cannot be read
     */
    public BoundaryFile read(InputStream in, @Nullable String objectName) throws IOException {
        JsonNode root = parse(in);
        String type = root.path("type").asText("");
        switch (type) {
            case "Topology" -> {
                return new BoundaryFile(new TopoJsonDecoder(mapper, root).decode(objectName), BoundaryFile.TOPOJSON);
            }
            case "FeatureCollection", "Feature" -> {
                if (objectName != null) {
                    throw new BoundaryFormatException("object name '" + objectName
                            + "' given, but the input is GeoJSON, which has no named objects");
                }
                return new BoundaryFile(geoJsonFeatures(root, type), BoundaryFile.GEOJSON);
            }
            default ->
                throw new BoundaryFormatException(
                        "not GeoJSON or TopoJSON: top-level type is " + (type.isEmpty() ? "missing" : type));
        }
    }

    private JsonNode parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BoundaryFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BoundaryFormatException("not GeoJSON or TopoJSON: the top level is not a JSON object");
        }
        return root;
    }

    private List<BoundaryFeature> geoJsonFeatures(JsonNode root, String type) throws JsonProcessingException {
        if (type.equals("Feature")) {
            return List.of(geoJsonFeature(0, root));
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new BoundaryFormatException("GeoJSON FeatureCollection without a 'features' array");
        }
        List<BoundaryFeature> result = new ArrayList<>();
        for (JsonNode feature : features) {
            result.add(geoJsonFeature(result.size(), feature));
        }
        return result;
    }

    private BoundaryFeature geoJsonFeature(int index, JsonNode feature) throws JsonProcessingException {
        JsonNode geometry = feature.path("geometry");
        String geometryJson = geometry.isObject() ? mapper.writeValueAsString(geometry) : null;
        return new BoundaryFeature(index, properties(mapper, feature.path("properties")), geometryJson);
    }

    /** The properties object as plain Java values; empty when missing or not an object. */
    static Map<String, @Nullable Object> properties(ObjectMapper mapper, JsonNode node) {
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties()
                    .forEach(entry -> result.put(entry.getKey(), mapper.convertValue(entry.getValue(), Object.class)));
        }
        return result;
    }
}
