package org.deban.gis.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StraightLineEstimatorTest {
    private static final GeoPoint CITY_HALL = GeoPoint.of(35.2482, 136.7800); // 稲沢市役所
    private static final GeoPoint KONOMIYA_STATION = GeoPoint.of(35.2536, 136.8087); // 名鉄 国府宮駅
    private static final GeoPoint SOBUE_BRANCH = GeoPoint.of(35.2524, 136.7044); // 祖父江支所
    /** Kilometres per degree of latitude on GeoPoint's sphere (radius 6371.0088 km). */
    private static final double KM_PER_DEGREE_LAT = 6371.0088 * Math.PI / 180;

    private final TravelEstimator estimator = new StraightLineEstimator();

    @ParameterizedTest
    @CsvSource({
        // Straight line 2.67 km; route 3.48 km (bus 3.74 km).
        "WALK,    44, 徒歩44分",
        "BICYCLE, 18, 自転車18分",
        "BUS,     30, バス30分",
        "CAR,     12, 車12分"
    })
    void cityHallToKonomiyaStation(TravelMode mode, int minutes, String label) {
        TravelEstimate estimate = estimator.estimate(CITY_HALL, KONOMIYA_STATION, mode);

        assertThat(estimate.straightKm()).isCloseTo(2.674, within(0.001));
        assertThat(estimate.routeKm()).isCloseTo(2.674 * mode.detourFactor(), within(0.002));
        assertThat(estimate.minutes()).isEqualTo(minutes);
        assertThat(estimate.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"WALK, 112", "BICYCLE, 45", "BUS, 54", "CAR, 23"})
    void cityHallToSobueBranch(TravelMode mode, int minutes) {
        // 6.88 km in a straight line: walkable on paper, not for most visitors.
        assertThat(estimator.estimate(CITY_HALL, SOBUE_BRANCH, mode).minutes()).isEqualTo(minutes);
    }

    @Test
    void oneKilometreOnFootIsSeventeenMinutes() {
        // 1.3 km of road at 80 m/min is 16.25 minutes, rounded up like a 不動産 listing.
        TravelEstimate estimate = estimator.estimate(CITY_HALL, north(CITY_HALL, 1.0), TravelMode.WALK);

        assertThat(estimate.routeKm()).isCloseTo(1.3, within(1e-9));
        assertThat(estimate.minutes()).isEqualTo(17);
    }

    @Test
    void aTripToTheSamePlaceTakesAtLeastAMinuteAndTheFixedOverhead() {
        assertThat(estimator.estimate(CITY_HALL, CITY_HALL, TravelMode.WALK).label())
                .isEqualTo("徒歩1分");
        assertThat(estimator.estimate(CITY_HALL, CITY_HALL, TravelMode.BUS).minutes())
                .isEqualTo(15);
        assertThat(estimator.estimate(CITY_HALL, CITY_HALL, TravelMode.CAR).minutes())
                .isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(TravelMode.class)
    void fartherNeverTakesLess(TravelMode mode) {
        int previous = 0;
        for (double km = 0; km <= 20; km += 0.05) {
            int minutes =
                    estimator.estimate(CITY_HALL, north(CITY_HALL, km), mode).minutes();
            assertThat(minutes).as("%s at %.2f km", mode, km).isGreaterThanOrEqualTo(previous);
            previous = minutes;
        }
        assertThat(previous).as("20 km must take a while by %s", mode).isGreaterThan(30);
    }

    @ParameterizedTest
    @EnumSource(TravelMode.class)
    void theInverseIsTheFarthestPlaceReachableInTime(TravelMode mode) {
        for (int minutes = 1; minutes <= 120; minutes++) {
            double km = estimator.maxStraightKm(mode, minutes);
            if (km == 0) {
                assertThat(minutes).as(mode.name()).isLessThanOrEqualTo(mode.overheadMinutes());
                continue;
            }
            assertThat(estimator.estimate(CITY_HALL, north(CITY_HALL, km), mode).minutes())
                    .as("%s, %d minutes: the limit itself is within reach", mode, minutes)
                    .isLessThanOrEqualTo(minutes);
            assertThat(estimator
                            .estimate(CITY_HALL, north(CITY_HALL, km + 0.02), mode)
                            .minutes())
                    .as("%s, %d minutes: 20 m beyond the limit is not", mode, minutes)
                    .isGreaterThan(minutes);
        }
    }

    @Test
    void theInverseIsZeroWhenTheMinutesDoNotCoverTheOverhead() {
        assertThat(estimator.maxStraightKm(TravelMode.BUS, 15)).isZero();
        assertThat(estimator.maxStraightKm(TravelMode.BUS, 10)).isZero();
        assertThat(estimator.maxStraightKm(TravelMode.CAR, 5)).isZero();
        assertThat(estimator.maxStraightKm(TravelMode.WALK, 0)).isZero();
        // 15 minutes on foot: 1.2 km of road, 0.92 km in a straight line.
        assertThat(estimator.maxStraightKm(TravelMode.WALK, 15)).isCloseTo(1.2 / 1.3, within(1e-12));
    }

    @Test
    void modesHaveJapaneseLabels() {
        assertThat(TravelMode.values()).extracting(TravelMode::label).containsExactly("徒歩", "自転車", "バス", "車");
    }

    @Test
    void anEstimateTakesAtLeastOneMinute() {
        assertThatThrownBy(() -> new TravelEstimate(TravelMode.WALK, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static GeoPoint north(GeoPoint from, double km) {
        return GeoPoint.of(from.lat() + km / KM_PER_DEGREE_LAT, from.lon());
    }
}
