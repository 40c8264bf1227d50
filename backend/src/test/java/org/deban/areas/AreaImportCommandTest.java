package org.deban.areas;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deban.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./deban import-areas}: a city's 小学校区 file in the 国土数値情報 A27 layout, end to end. */
@MicronautTest(transactional = false)
class AreaImportCommandTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void importsAnA27FileWithThePresetAndReportsTheFeatureItCouldNotUse(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("A27-23_99.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"A27_001": "99999", "A27_002": "テスト市立", "A27_003": "B199999900011",
                     "A27_004": "東小学校", "A27_005": "テスト市東町"}, "geometry": %s},
                  {"type": "Feature", "properties": {"A27_001": "99999", "A27_002": "テスト市立", "A27_003": "B199999900022",
                     "A27_004": "西小学校", "A27_005": "テスト市西町"}, "geometry": %s},
                  {"type": "Feature", "properties": {"A27_001": "99999", "A27_003": "B199999900033", "A27_004": "幻小学校"},
                     "geometry": null}
                ]}
                """.formatted(Shapes.square(32.0, 139.02, 0.01), Shapes.square(32.0, 139.0, 0.01)));
        String layer = "t-" + UUID.randomUUID().toString().substring(0, 8);

        int exit = AreaImportCommand.run(new String[] {
            file.toString(), "--layer", layer, "--name", "小学校区", "--kind", "SCHOOL_DISTRICT", "--preset", "A27"
        });

        assertThat(exit).isZero();
        ApiClient api = new ApiClient(http);
        List<Map<String, Object>> areas = (List<Map<String, Object>>)
                api.ok(api.get("/api/v1/areas?layer=" + layer)).get("items");
        assertThat(areas)
                .extracting(a -> a.get("code"), a -> a.get("name"), a -> a.get("cityCode"), a -> a.get("kind"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B199999900011", "東小学校", "99999", "SCHOOL_DISTRICT"),
                        org.assertj.core.groups.Tuple.tuple("B199999900022", "西小学校", "99999", "SCHOOL_DISTRICT"));
    }

    @Test
    void badArgumentsExitWithUsage(@TempDir Path dir) {
        assertThat(AreaImportCommand.run(new String[] {dir.resolve("x.geojson").toString()}))
                .isEqualTo(2);
        assertThat(AreaImportCommand.run(new String[] {"x.geojson", "--layer", "x", "--code-prop", "C"}))
                .as("a name property is needed without a preset")
                .isEqualTo(2);
        assertThat(AreaImportCommand.run(new String[] {"x.geojson", "--layer", "x", "--preset", "Z99"}))
                .isEqualTo(2);
        assertThat(AreaImportCommand.run(
                        new String[] {dir.resolve("missing.geojson").toString(), "--layer", "x", "--preset", "A27"}))
                .as("an unreadable file")
                .isEqualTo(1);
    }
}
