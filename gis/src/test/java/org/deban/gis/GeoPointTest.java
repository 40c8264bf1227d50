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
