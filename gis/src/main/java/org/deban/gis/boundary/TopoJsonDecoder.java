package org.deban.gis.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a TopoJSON {@code Topology} (TopoJSON Format Specification 1.0,
 * github.com/topojson/topojson-specification) back into GeoJSON geometries.
 *
 * <ul>
 *   <li>Arcs are decoded once: with a {@code transform} they are quantized and delta-encoded
 *       (position = running sum × scale + translate); without one they are absolute coordinates.
 *       Point and MultiPoint coordinates are quantized but not delta-encoded.
 *   <li>An arc index {@code i < 0} means arc {@code ~i} (that is {@code -i - 1}) reversed. Arcs of a
 *       ring or line are joined by dropping the first position of every arc after the first, which
 *       repeats the last position of the one before.
 *   <li>Polygon, MultiPolygon, LineString, MultiLineString, Point and MultiPoint become one feature
 *       each; a GeometryCollection is flattened into its members (each keeps only its own
 *       properties); a geometry whose type is null becomes a feature without geometry.
 *   <li>The feature's {@code properties} are kept, and its {@code id}, if any, as property "id"
 *       unless the properties already have one.
 * </ul>
 */
final class TopoJsonDecoder {
    private final ObjectMapper mapper;
    private final JsonNode topology;
    private final double[] scale;
    private final double[] translate;
    private final List<double[][]> arcs;
    private final List<BoundaryFeature> features = new ArrayList<>();

    TopoJsonDecoder(ObjectMapper mapper, JsonNode topology) {
        this.mapper = mapper;
        this.topology = topology;
        JsonNode transform = topology.path("transform");
        if (transform.isObject()) {
            scale = pair(transform.path("scale"), "transform.scale");
            translate = pair(transform.path("translate"), "transform.translate");
        } else {
            scale = new double[] {1, 1};
            translate = new double[] {0, 0};
        }
        this.arcs = decodeArcs(topology.path("arcs"), transform.isObject());
    }

    /** Every object in file order, or only the named one. */
    List<BoundaryFeature> decode(@Nullable String objectName) throws JsonProcessingException {
        JsonNode objects = topology.path("objects");
        if (!objects.isObject()) {
            throw new BoundaryFormatException("TopoJSON Topology without an 'objects' object");
        }
        if (objectName != null) {
            JsonNode object = objects.get(objectName);
            if (object == null) {
                List<String> names = new ArrayList<>();
                objects.fieldNames().forEachRemaining(names::add);
                throw new BoundaryFormatException("TopoJSON has no object named '" + objectName + "'; it has " + names);
            }
            addGeometry(object);
        } else {
            for (JsonNode object : objects) {
                addGeometry(object);
            }
        }
        return features;
    }

    private void addGeometry(JsonNode geometry) throws JsonProcessingException {
        Map<String, @Nullable Object> properties = BoundaryReader.properties(mapper, geometry.path("properties"));
        JsonNode id = geometry.get("id");
        if (id != null && !properties.containsKey("id")) {
            properties.put("id", mapper.convertValue(id, Object.class));
        }
        String type = geometry.path("type").isTextual() ? geometry.path("type").asText() : null;
        if ("GeometryCollection".equals(type)) {
            for (JsonNode member : geometry.path("geometries")) {
                addGeometry(member);
            }
            return;
        }
        ObjectNode geoJson = type == null ? null : toGeoJson(type, geometry);
        features.add(new BoundaryFeature(
                features.size(), properties, geoJson == null ? null : mapper.writeValueAsString(geoJson)));
    }

    private ObjectNode toGeoJson(String type, JsonNode geometry) {
        JsonNode arcIndexes = geometry.path("arcs");
        JsonNode coordinates = geometry.path("coordinates");
        ArrayNode out = switch (type) {
            case "Point" -> position(coordinates);
            case "MultiPoint" -> map(coordinates, this::position);
            case "LineString" -> line(arcIndexes);
            case "MultiLineString", "Polygon" -> map(arcIndexes, this::line);
            case "MultiPolygon" -> map(arcIndexes, polygon -> map(polygon, this::line));
            default -> throw new BoundaryFormatException("TopoJSON geometry of unknown type " + type);
        };
        ObjectNode node = mapper.createObjectNode();
        node.put("type", type);
        node.set("coordinates", out);
        return node;
    }

    /** A line or ring: its arcs joined end to start. */
    private ArrayNode line(JsonNode arcIndexes) {
        ArrayNode positions = mapper.createArrayNode();
        for (JsonNode indexNode : arcIndexes) {
            double[][] arc = arc(indexNode.asInt());
            for (int i = positions.isEmpty() ? 0 : 1; i < arc.length; i++) {
                positions.add(mapper.createArrayNode().add(arc[i][0]).add(arc[i][1]));
            }
        }
        return positions;
    }

    private double[][] arc(int index) {
        int actual = index >= 0 ? index : ~index;
        if (actual >= arcs.size()) {
            throw new BoundaryFormatException(
                    "TopoJSON refers to arc " + index + " but has only " + arcs.size() + " arcs");
        }
        double[][] arc = arcs.get(actual);
        if (index >= 0) {
            return arc;
        }
        double[][] reversed = new double[arc.length][];
        for (int i = 0; i < arc.length; i++) {
            reversed[i] = arc[arc.length - 1 - i];
        }
        return reversed;
    }

    private ArrayNode position(JsonNode quantized) {
        double x = quantized.path(0).asDouble() * scale[0] + translate[0];
        double y = quantized.path(1).asDouble() * scale[1] + translate[1];
        return mapper.createArrayNode().add(x).add(y);
    }

    private List<double[][]> decodeArcs(JsonNode arcsNode, boolean deltaEncoded) {
        List<double[][]> result = new ArrayList<>();
        for (JsonNode arcNode : arcsNode) {
            double[][] arc = new double[arcNode.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < arc.length; i++) {
                JsonNode p = arcNode.get(i);
                x = deltaEncoded ? x + p.path(0).asDouble() : p.path(0).asDouble();
                y = deltaEncoded ? y + p.path(1).asDouble() : p.path(1).asDouble();
                arc[i] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
            }
            result.add(arc);
        }
        return result;
    }

    private static double[] pair(JsonNode node, String what) {
        if (!node.isArray()
                || node.size() != 2
                || !node.get(0).isNumber()
                || !node.get(1).isNumber()) {
            throw new BoundaryFormatException("TopoJSON " + what + " must be two numbers");
        }
        return new double[] {node.get(0).asDouble(), node.get(1).asDouble()};
    }

    private ArrayNode map(JsonNode array, Function<JsonNode, ArrayNode> each) {
        ArrayNode out = mapper.createArrayNode();
        for (JsonNode element : array) {
            out.add(each.apply(element));
        }
        return out;
    }
}
