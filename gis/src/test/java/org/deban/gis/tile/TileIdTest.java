package org.deban.gis.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileIdTest {
    private static final GeoPoint CITY_HALL = GeoPoint.of(35.2482, 136.7800); // 稲沢市役所

    @Test
    void zoomZeroIsTheWholeWebMercatorWorld() {
        LonLatBounds world = TileId.of(0, 0, 0).bounds();

        assertThat(world.west()).isEqualTo(-180);
        assertThat(world.east()).isEqualTo(180);
        assertThat(world.north()).isCloseTo(85.0511, within(1e-4));
        assertThat(world.south()).isCloseTo(-85.0511, within(1e-4));
    }

    @Test
    void inazawaCityHallIsInTile12_3604_1618() {
        TileId tile = TileId.containing(CITY_HALL, 12);

        assertThat(tile).isEqualTo(TileId.of(12, 3604, 1618));
        LonLatBounds bounds = tile.bounds();
        assertThat(bounds.west()).isEqualTo(136.7578125);
        assertThat(bounds.east()).isEqualTo(136.845703125);
        assertThat(bounds.south()).isCloseTo(35.245619, within(1e-6));
        assertThat(bounds.north()).isCloseTo(35.317366, within(1e-6));
        assertThat(CITY_HALL.lon()).isBetween(bounds.west(), bounds.east());
        assertThat(CITY_HALL.lat()).isBetween(bounds.south(), bounds.north());
    }

    @ParameterizedTest
    @CsvSource({
        "0,  0,     0", // everything is in the one tile
        "1,  1,     0", // east of Greenwich, north of the equator
        "10, 901,   404",
        "15, 28834, 12951"
    })
    void cityHallAtSeveralZooms(int z, int x, int y) {
        assertThat(TileId.containing(CITY_HALL, z)).isEqualTo(TileId.of(z, x, y));
    }

    @Test
    void pointsBeyondTheMercatorSquareFallInTheEdgeRows() {
        assertThat(TileId.containing(GeoPoint.of(89.9, 0), 3)).isEqualTo(TileId.of(3, 4, 0));
        assertThat(TileId.containing(GeoPoint.of(-90, 0), 3)).isEqualTo(TileId.of(3, 4, 7));
        assertThat(TileId.containing(GeoPoint.of(0, 180), 3)).isEqualTo(TileId.of(3, 7, 4));
    }

    @Test
    void coversABoxAroundInazawaRowByRowFromTheNorthWest() {
        List<TileId> tiles = TileId.covering(new LonLatBounds(136.70, 35.20, 136.84, 35.28), 12);

        assertThat(tiles)
                .containsExactly(
                        TileId.of(12, 3603, 1618),
                        TileId.of(12, 3604, 1618),
                        TileId.of(12, 3603, 1619),
                        TileId.of(12, 3604, 1619));
        assertThat(TileId.covering(new LonLatBounds(136.70, 35.20, 136.84, 35.28), 13))
                .hasSize(4 * 3);
    }

    @Test
    void aTilesOwnBoundsAreCoveredByThatTileAlone() {
        // 15/28834/12952: its north edge comes back from the Mercator formula as row 12951.999999999998.
        List<TileId> tiles = List.of(
                TileId.of(12, 3604, 1618),
                TileId.of(0, 0, 0),
                TileId.of(18, 230_700, 103_610),
                TileId.of(15, 28834, 12952));
        for (TileId tile : tiles) {
            assertThat(TileId.covering(tile.bounds(), tile.z())).containsExactly(tile);
        }
    }

    @Test
    void aBoxAroundOnePointIsCoveredByTheTileContainingIt() {
        LonLatBounds point = new LonLatBounds(CITY_HALL.lon(), CITY_HALL.lat(), CITY_HALL.lon(), CITY_HALL.lat());

        assertThat(TileId.covering(point, 16)).containsExactly(TileId.containing(CITY_HALL, 16));
    }

    @Test
    void refusesACoveringTooLargeToHold() {
        LonLatBounds japan = new LonLatBounds(122, 20, 154, 46);

        assertThat(TileId.covering(japan, 5)).isNotEmpty();
        assertThatThrownBy(() -> TileId.covering(japan, 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use a lower zoom");
    }

    @Test
    void refusesTilesThatDoNotExist() {
        assertThatThrownBy(() -> TileId.of(23, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zoom must be 0..22, not 23");
        assertThatThrownBy(() -> TileId.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileId.of(12, 4096, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tile 12/4096/0 does not exist: x and y must be 0..4095 at zoom 12");
        assertThatThrownBy(() -> TileId.of(1, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileId.containing(CITY_HALL, 23)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TileId.of(22, (1 << 22) - 1, 0).x()).isEqualTo(4_194_303);
    }

    @Test
    void boundsMustNotBeUpsideDown() {
        assertThatThrownBy(() -> new LonLatBounds(137, 35, 136, 36)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LonLatBounds(136, 36, 137, 35)).isInstanceOf(IllegalArgumentException.class);
    }
}
