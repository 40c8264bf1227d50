package org.deban.gis.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class BoundaryReaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BoundaryReader reader = new BoundaryReader();

    @Test
    void readsEveryFeatureOfAGeoJsonFeatureCollectionInFileOrder() throws IOException {
        BoundaryFile file = reader.read(resource("n03_inazawa.geojson"));

        assertThat(file.format()).isEqualTo("GeoJSON");
        assertThat(file.features()).extracting(BoundaryFeature::index).containsExactly(0, 1, 2);
        BoundaryFeature inazawa = file.features().getFirst();
        assertThat(inazawa.properties())
                .containsEntry("N03_004", "稲沢市")
                .containsEntry("N03_007", "23220")
                .containsEntry("N03_002", null);
        JsonNode geometry = MAPPER.readTree(inazawa.geometryJson());
        assertThat(geometry.path("type").asText()).isEqualTo("Polygon");
        assertThat(geometry.at("/coordinates/0/0/0").asDouble()).isEqualTo(136.78);
        assertThat(geometry.at("/coordinates/0/0/1").asDouble()).isEqualTo(35.245);
        assertThat(MAPPER.readTree(file.features().get(2).geometryJson())
                        .path("type")
                        .asText())
                .isEqualTo("MultiPolygon");
    }

    @Test
    void readsASingleGeoJsonFeature() throws IOException {
        BoundaryFile file = reader.read(json("""
                {"type":"Feature","properties":{"name":"愛知県稲沢市"},
                 "geometry":{"type":"Polygon","coordinates":[[[136.7,35.2],[136.8,35.2],[136.8,35.3],[136.7,35.2]]]}}
                """));

        assertThat(file.format()).isEqualTo("GeoJSON");
        assertThat(file.features()).singleElement().satisfies(feature -> {
            assertThat(feature.index()).isZero();
            assertThat(feature.properties()).containsEntry("name", "愛知県稲沢市");
            assertThat(feature.geometryJson()).startsWith("{\"type\":\"Polygon\"");
        });
    }

    @Test
    void keepsAFeatureWithoutGeometrySoTheImporterCanReportIt() throws IOException {
        BoundaryFile file = reader.read(json("""
                {"type":"FeatureCollection","features":[
                  {"type":"Feature","properties":{"N03_004":"所属未定地"},"geometry":null},
                  {"type":"Feature","geometry":{"type":"Point","coordinates":[136.78,35.25]}}]}
                """));

        assertThat(file.features()).hasSize(2);
        assertThat(file.features().get(0).geometryJson()).isNull();
        assertThat(file.features().get(0).properties()).containsEntry("N03_004", "所属未定地");
        assertThat(file.features().get(1).properties()).isEmpty();
        assertThat(file.features().get(1).geometryJson()).contains("Point");
    }

    @Test
    void decodesQuantizedTopoJsonToTheSameCoordinatesAsTheGeoJsonEquivalent() throws IOException {
        BoundaryFile topo = reader.read(resource("districts.topojson"));
        BoundaryFile expected = reader.read(resource("districts_expected.geojson"));

        assertThat(topo.format()).isEqualTo("TopoJSON");
        assertThat(topo.features()).hasSameSizeAs(expected.features()).hasSize(6);
        for (int i = 0; i < expected.features().size(); i++) {
            BoundaryFeature actual = topo.features().get(i);
            BoundaryFeature wanted = expected.features().get(i);
            assertThat(actual.index()).isEqualTo(i);
            assertThat(actual.properties()).as("properties of feature %d", i).isEqualTo(wanted.properties());
            if (wanted.geometryJson() == null) {
                assertThat(actual.geometryJson())
                        .as("geometry of feature %d", i)
                        .isNull();
            } else {
                assertSameGeometry(
                        MAPPER.readTree(actual.geometryJson()), MAPPER.readTree(wanted.geometryJson()), "feature " + i);
            }
        }
    }

    @Test
    void aSharedArcBordersBothPolygonsTheSecondOneReadingItBackwards() throws IOException {
        List<BoundaryFeature> features =
                reader.read(resource("districts.topojson")).features();

        // Arc 0 runs (136.80, 35.24) → (136.80, 35.25); 西地区 uses it forwards, 東地区 as ~0.
        JsonNode west = MAPPER.readTree(features.get(0).geometryJson()).at("/coordinates/0");
        JsonNode east = MAPPER.readTree(features.get(1).geometryJson()).at("/coordinates/0");
        assertThat(lat(west.get(0))).isCloseTo(35.24, within(1e-9));
        assertThat(lat(west.get(1))).isCloseTo(35.25, within(1e-9));
        assertThat(lat(east.get(0))).isCloseTo(35.25, within(1e-9));
        assertThat(lat(east.get(1))).isCloseTo(35.24, within(1e-9));
        // Joined arcs do not repeat the joint: a closed square ring has exactly five positions.
        assertThat(west.size()).isEqualTo(5);
        assertThat(east.size()).isEqualTo(5);
    }

    @Test
    void keepsTheTopoJsonIdAsPropertyUnlessThePropertiesHaveOne() throws IOException {
        List<BoundaryFeature> features =
                reader.read(resource("districts.topojson")).features();

        assertThat(features.get(0).properties()).containsEntry("id", "W");
        assertThat(features.get(1).properties()).containsEntry("id", "E-own");
        assertThat(features.get(2).properties()).containsEntry("id", 3);
        assertThat(features.get(3).properties()).doesNotContainKey("id");
    }

    @Test
    void readsOneNamedTopoJsonObject() throws IOException {
        // A point is quantized like the arcs but not delta-encoded: (5, 5) × 0.001 + translate.
        BoundaryFile file = reader.read(resource("districts.topojson"), "office");

        assertThat(file.features()).singleElement().satisfies(office -> {
            assertThat(office.index()).isZero();
            assertThat(office.properties()).containsEntry("name", "支所");
            assertSameGeometry(
                    MAPPER.readTree(office.geometryJson()),
                    MAPPER.readTree("{\"type\":\"Point\",\"coordinates\":[136.795,35.245]}"),
                    "office");
        });
    }

    @Test
    void refusesAnObjectNameTheTopologyDoesNotHave() {
        assertThatThrownBy(() -> reader.read(resource("districts.topojson"), "schools"))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage("TopoJSON has no object named 'schools'; it has [districts, office]");
    }

    @Test
    void decodesTopoJsonWithoutTransformAsAbsoluteCoordinates() throws IOException {
        // -2 is ~1: arc 1 walked backwards, closing the ring from (136.79, 35.25) to the start.
        BoundaryFile file = reader.read(json("""
                {"type":"Topology",
                 "objects":{"area":{"type":"Polygon","arcs":[[0,-2]]}},
                 "arcs":[[[136.78,35.24],[136.79,35.24],[136.79,35.25]],
                         [[136.78,35.24],[136.78,35.25],[136.79,35.25]]]}
                """));

        assertThat(file.features())
                .singleElement()
                .satisfies(
                        area -> assertSameGeometry(MAPPER.readTree(area.geometryJson()), MAPPER.readTree("""
                        {"type":"Polygon","coordinates":[[[136.78,35.24],[136.79,35.24],[136.79,35.25],
                                                          [136.78,35.25],[136.78,35.24]]]}
                        """), "area"));
    }

    @Test
    void saysWhatTheTopLevelTypeIsWhenItIsNeitherGeoJsonNorTopoJson() {
        assertThatThrownBy(() -> reader.read(json("{\"type\":\"Polygon\",\"coordinates\":[]}")))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage("not GeoJSON or TopoJSON: top-level type is Polygon");
        assertThatThrownBy(() -> reader.read(json("{\"features\":[]}")))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage("not GeoJSON or TopoJSON: top-level type is missing");
        assertThatThrownBy(() -> reader.read(json("[1, 2]")))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void refusesInputThatIsNotJson() {
        assertThatThrownBy(() -> reader.read(json("N03_001,N03_004\n愛知県,稲沢市")))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageStartingWith("not JSON:");
    }

    @Test
    void refusesTopoJsonThatRefersToAMissingArc() {
        assertThatThrownBy(() -> reader.read(
                        json("{\"type\":\"Topology\",\"objects\":{\"a\":{\"type\":\"Polygon\",\"arcs\":[[0,5]]}},"
                                + "\"arcs\":[[[0,0],[1,1]]]}")))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessage("TopoJSON refers to arc 5 but has only 1 arcs");
    }

    @Test
    void refusesAnObjectNameForGeoJsonRatherThanIgnoringIt() {
        assertThatThrownBy(() -> reader.read(resource("n03_inazawa.geojson"), "N03"))
                .isInstanceOf(BoundaryFormatException.class)
                .hasMessageContaining("the input is GeoJSON");
    }

    /** Same geometry type and nesting, every coordinate within 1e-9 degrees (about 0.1 mm). */
    private static void assertSameGeometry(JsonNode actual, JsonNode expected, String what) {
        assertThat(actual.path("type").asText())
                .as("type of %s", what)
                .isEqualTo(expected.path("type").asText());
        assertSameCoordinates(actual.path("coordinates"), expected.path("coordinates"), what);
    }

    private static void assertSameCoordinates(JsonNode actual, JsonNode expected, String path) {
        if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path).isTrue();
            assertThat(actual.asDouble()).as(path).isCloseTo(expected.asDouble(), within(1e-9));
            return;
        }
        assertThat(actual.size()).as("length of %s", path).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameCoordinates(actual.get(i), expected.get(i), path + "[" + i + "]");
        }
    }

    private static double lat(JsonNode position) {
        return position.get(1).asDouble();
    }

    private InputStream resource(String name) {
        return Objects.requireNonNull(getClass().getResourceAsStream("/boundary/" + name), name);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
