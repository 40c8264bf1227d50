package org.deban.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.deban.generate.Municipalities.Municipality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The municipality file as the generator reads it, and how it shares out places, without a database. */
class MunicipalitiesTest {

    private static final Map<String, Municipality> BY_CODE = Municipalities.read(ObjectMapper.getDefault()).stream()
            .collect(Collectors.toMap(Municipality::code, m -> m));

    @Test
    void wardsCarryTheirCityCountiesDoNotAndTheNorthernTerritoriesAreLeftOut() {
        assertThat(BY_CODE.get("01101").name()).isEqualTo("札幌市中央区");
        assertThat(BY_CODE.get("13101").name()).isEqualTo("千代田区");
        assertThat(BY_CODE.get("01303").name()).as("石狩郡当別町").isEqualTo("当別町");
        assertThat(BY_CODE.get("23220"))
                .extracting(Municipality::name, Municipality::prefecture)
                .containsExactly("稲沢市", "愛知県");
        assertThat(BY_CODE.get("01403").name()).as("後志の泊村 is a real village").isEqualTo("泊村");
        assertThat(BY_CODE).doesNotContainKeys("01695", "01696", "01697", "01698", "01699", "01700");
        assertThat(BY_CODE.values()).allSatisfy(m -> assertThat(m.code()).matches("\\d{5}"));
        assertThat(BY_CODE).hasSize(1888);
    }

    @ParameterizedTest
    @CsvSource({"札幌市中央区, 6", "千代田区, 6", "稲沢市, 3", "当別町, 1", "泊村, 0.4"})
    void weightStandsInForPopulationByKindOfMunicipality(String name, double weight) {
        assertThat(new Municipality("00000", name, "どこか県", List.of()).weight()).isEqualTo(weight);
    }

    @Test
    void allocationAddsUpExactlyAndGivesTheRemainderToTheLargestFractions() {
        assertThat(Municipalities.allocate(10, new double[] {6, 3, 1}, new Random(1)))
                .containsExactly(6, 3, 1);
        assertThat(Municipalities.allocate(5, new double[] {1, 1, 1}, new Random(1)))
                .as("one of the three gets 1, which depends on the seed")
                .containsExactlyInAnyOrder(2, 2, 1);
        assertThat(Municipalities.allocate(5, new double[] {1, 1, 1}, new Random(3)))
                .isEqualTo(Municipalities.allocate(5, new double[] {1, 1, 1}, new Random(3)));
        assertThat(Municipalities.allocate(7, new double[] {6, 0.4, 3, 1}, new Random(1)))
                .containsExactly(4, 0, 2, 1);
        int[] national = Municipalities.allocate(
                500_000,
                BY_CODE.values().stream().mapToDouble(Municipality::weight).toArray(),
                new Random(1));
        assertThat(Arrays.stream(national).sum()).isEqualTo(500_000);
    }
}
