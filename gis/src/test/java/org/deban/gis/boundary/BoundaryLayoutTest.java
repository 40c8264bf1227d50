package org.deban.gis.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The fixtures follow the real property layouts; the school codes in them are illustrative, not
 * the schools' real 学校コード.
 */
class BoundaryLayoutTest {
    private final BoundaryReader reader = new BoundaryReader();

    @Test
    void readsCodesNamesAndCityCodesOfAnN03File() throws IOException {
        List<BoundaryFeature> features = features("n03_inazawa.geojson");

        assertThat(features)
                .extracting(f -> BoundaryLayout.N03.code(f.properties()))
                .containsExactly("23220", "23203", "23104");
        assertThat(features)
                .extracting(f -> BoundaryLayout.N03.name(f.properties()))
                .containsExactly("稲沢市", "一宮市", "名古屋市西区");
        assertThat(features)
                .extracting(f -> BoundaryLayout.N03.cityCode(f.properties()))
                .containsExactly("23220", "23203", "23104");
    }

    @Test
    void municipalityCodesGivenAsNumbersGetBackTheirLeadingZero() {
        Map<String, @Nullable Object> sapporoChuo = props("N03_003", "札幌市", "N03_004", "中央区", "N03_007", 1101);

        assertThat(BoundaryLayout.N03.code(sapporoChuo)).isEqualTo("01101");
        assertThat(BoundaryLayout.N03.cityCode(sapporoChuo)).isEqualTo("01101");
        assertThat(BoundaryLayout.N03.name(sapporoChuo)).isEqualTo("札幌市中央区");
        assertThat(BoundaryLayout.N03.code(props("N03_007", 23220.0))).isEqualTo("23220");
    }

    @Test
    void codesGivenAsStringsAreKeptAsWritten() {
        assertThat(BoundaryLayout.N03.code(props("N03_007", "01101"))).isEqualTo("01101");
        assertThat(BoundaryLayout.N03.code(props("N03_007", " 23220 "))).isEqualTo("23220");
        // Only municipality codes are padded: a school code that happens to be numeric is not.
        assertThat(BoundaryLayout.A27.code(props("A27_003", 42))).isEqualTo("42");
    }

    @Test
    void n03NamesReadTheSameInTheOldAndThe2024Layout() {
        // Up to 2023: N03_003 holds the 政令指定都市, N03_004 the ward.
        assertThat(BoundaryLayout.N03.name(props("N03_003", "大阪市", "N03_004", "都島区")))
                .isEqualTo("大阪市都島区");
        // From 2024: N03_004 holds the city and N03_005 the ward.
        assertThat(BoundaryLayout.N03.name(props("N03_004", "大阪市", "N03_005", "都島区")))
                .isEqualTo("大阪市都島区");
        assertThat(BoundaryLayout.N03.name(props("N03_003", "大阪市", "N03_004", "大阪市", "N03_005", "都島区")))
                .isEqualTo("大阪市都島区");
        // A town keeps its 郡, as addresses write it.
        assertThat(BoundaryLayout.N03.name(props("N03_003", "愛知郡", "N03_004", "東郷町")))
                .isEqualTo("愛知郡東郷町");
    }

    @Test
    void namePartsAreTrimmedAndBlankPartsSkipped() {
        assertThat(BoundaryLayout.N03.name(props("N03_003", "  ", "N03_004", " 稲沢市 ")))
                .isEqualTo("稲沢市");
        assertThat(BoundaryLayout.N03.name(props("N03_001", "愛知県"))).isNull();
    }

    @Test
    void elementarySchoolDistrictsAreKeyedByTheirSchoolCode() throws IOException {
        List<BoundaryFeature> features = features("a27_inazawa.geojson");

        assertThat(features)
                .extracting(f -> BoundaryLayout.A27.code(f.properties()))
                .containsExactly("B123222000011", "B123222000022", "B123222000033")
                .doesNotHaveDuplicates();
        assertThat(features)
                .extracting(f -> BoundaryLayout.A27.name(f.properties()))
                .containsExactly("稲沢東小学校", "稲沢西小学校", "大里東小学校");
        assertThat(features)
                .extracting(f -> BoundaryLayout.A27.cityCode(f.properties()))
                .containsOnly("23220");
    }

    @Test
    void juniorHighSchoolDistrictsAreKeyedByTheirSchoolCode() throws IOException {
        List<BoundaryFeature> features = features("a32_inazawa.geojson");

        assertThat(features)
                .extracting(f -> BoundaryLayout.A32.code(f.properties()))
                .containsExactly("C123222000015", "C123222000026");
        assertThat(features)
                .extracting(f -> BoundaryLayout.A32.name(f.properties()))
                .containsExactly("稲沢中学校", "大里中学校");
        assertThat(features)
                .extracting(f -> BoundaryLayout.A32.cityCode(f.properties()))
                .containsOnly("23220");
    }

    @Test
    void withoutACodeTheCodeIsCityCodeAndName() {
        assertThat(BoundaryLayout.A27.code(props("A27_001", "23220", "A27_004", "稲沢東小学校")))
                .isEqualTo("23220:稲沢東小学校");
        assertThat(BoundaryLayout.A27.code(props("A27_004", "稲沢東小学校"))).isNull();
        // The 第2.x版 polygon layout, read with a hand-built layout.
        BoundaryLayout legacy = new BoundaryLayout("A27_003", List.of("A27_007"), "A27_005");
        assertThat(legacy.code(props("A27_005", "23220", "A27_006", "稲沢市立", "A27_007", "稲沢東小学校")))
                .isEqualTo("23220:稲沢東小学校");
    }

    @Test
    void presetsAreFoundByNameInAnyCase() {
        assertThat(BoundaryLayout.preset("n03")).contains(BoundaryLayout.N03);
        assertThat(BoundaryLayout.preset(" A27 ")).contains(BoundaryLayout.A27);
        assertThat(BoundaryLayout.preset("a32")).contains(BoundaryLayout.A32);
        assertThat(BoundaryLayout.preset("P29")).isEmpty();
    }

    @Test
    void aLayoutNeedsACodeAndAName() {
        assertThatThrownBy(() -> new BoundaryLayout(" ", List.of("name"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BoundaryLayout("code", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BoundaryLayout("code", List.of("name"), null).cityCode(props("code", "1")))
                .isNull();
    }

    private List<BoundaryFeature> features(String resource) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(getClass().getResourceAsStream("/boundary/" + resource), resource)) {
            return reader.read(in).features();
        }
    }

    /** Properties as a file would give them: values may be strings, numbers or null. */
    private static Map<String, @Nullable Object> props(Object... keysAndValues) {
        Map<String, @Nullable Object> props = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }
}
