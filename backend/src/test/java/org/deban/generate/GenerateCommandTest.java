package org.deban.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deban.generate.GenerateCommand.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of {@code deban generate}; bad arguments stop before any database is touched. */
class GenerateCommandTest {

    @Test
    void placesAreRequiredAndTheSeedDefaultsToOne() {
        assertThat(GenerateCommand.parse(new String[] {"--places", "300"})).isEqualTo(new Options(300, 1));
        assertThat(GenerateCommand.parse(new String[] {"--seed", "-7", "--places", "500_000"}))
                .isEqualTo(new Options(500_000, -7));
        assertThat(GenerateCommand.parse(new String[] {"--places", "5,000,000"}))
                .isEqualTo(new Options(5_000_000, 1));
        assertThat(GenerateCommand.parse(new String[] {"--help"})).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--places",
                "--places 0",
                "--places 5000001",
                "--places many",
                "--places 10 --seed",
                "--places 10 --seed x",
                "--places 10 --colour red",
                "300"
            })
    void badArgumentsExitWithTwo(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThatThrownBy(() -> GenerateCommand.parse(args)).isInstanceOf(IllegalArgumentException.class);
        assertThat(GenerateCommand.run(args)).isEqualTo(2);
    }

    @Test
    void helpExitsWithZeroWithoutStartingAnything() {
        assertThat(GenerateCommand.run(new String[] {"--help"})).isZero();
    }
}
