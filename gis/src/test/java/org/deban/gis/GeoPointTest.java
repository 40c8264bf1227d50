package org.deban.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void distanceBetweenInazawaCityHallAndSobueIsAboutSixKilometres() {
        // 稲沢市役所 and 祖父江支所, measured on the 地理院地図: about 6.9 km apart.
        GeoPoint cityHall = GeoPoint.of(35.2481, 136.7801);
        GeoPoint sobue = GeoPoint.of(35.2524, 136.7044);
        assertThat(cityHall.distanceKm(sobue)).isCloseTo(6.9, within(0.2));
        assertThat(sobue.distanceKm(cityHall)).isEqualTo(cityHall.distanceKm(sobue));
        assertThat(cityHall.distanceKm(cityHall)).isZero();
    }

    @Test
    void fartherThanAgreesWithTheDistanceEvenAtItsEdge() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            GeoPoint a = GeoPoint.of(24 + random.nextDouble() * 22, 123 + random.nextDouble() * 23);
            GeoPoint b = GeoPoint.of(a.lat() + random.nextGaussian() * 0.3, a.lon() + random.nextGaussian() * 0.3);
            double d = a.distanceKm(b);
            // Limits around the distance itself, and above and below it, including due north (the bound is exact).
            for (double km : new double[] {d, Math.nextDown(d), Math.nextUp(d), d * 0.5, d * 2, 0}) {
                assertThat(a.fartherThan(b, km)).as("%s %s %s", a, b, km).isEqualTo(d > km);
            }
            GeoPoint north = GeoPoint.of(Math.min(45.9, a.lat() + Math.abs(random.nextGaussian() * 0.2)), a.lon());
            double n = a.distanceKm(north);
            assertThat(a.fartherThan(north, n)).isFalse();
            assertThat(a.fartherThan(north, Math.nextDown(n))).isTrue();
        }
    }

    @Test
    void refusesCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> GeoPoint.of(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoPoint.of(0, 181)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void geoJsonOrderIsLongitudeFirst() {
        assertThat(GeoPoint.of(35.2, 136.7).toLonLat()).containsExactly(136.7, 35.2);
    }

    @Test
    void swappedCoordinatesAreRecognised() {
        assertThat(JapanBounds.contains(35.2, 136.7)).isTrue();
        assertThat(JapanBounds.contains(136.7, 35.2)).isFalse();
        assertThat(JapanBounds.looksSwapped(136.7, 35.2)).isTrue();
        assertThat(JapanBounds.looksSwapped(51.5, -0.1)).isFalse();
    }
}
