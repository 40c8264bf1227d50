package org.deban.gis.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.Test;

class TownCsvTest {

    @Test
    void readsTheInazawaTownList() throws IOException {
        List<Town> towns = read("towns_23220.csv", "23220", "稲沢市");

        assertThat(towns).hasSize(1573);
        assertThat(towns.getFirst())
                .isEqualTo(new Town("23220", "愛知県", "稲沢市", "横地町", "", GeoPoint.of(35.24916, 136.780322)));
        assertThat(towns).contains(new Town("23220", "愛知県", "稲沢市", "池部町", "向丁長", GeoPoint.of(35.246861, 136.788622)));
    }

    @Test
    void readsCrlfLineEndsAndTownsWithoutAPointYet() throws IOException {
        List<Town> towns = read("towns_23236.csv", "23236", "みよし市");

        assertThat(towns).hasSize(416);
        assertThat(towns).allSatisfy(town -> assertThat(town.koaza()).doesNotContain("\r"));
        assertThat(towns).extracting(Town::town).contains("ひばりヶ丘一丁目");
        assertThat(towns)
                .filteredOn(town -> town.town().equals("新前田一丁目"))
                .singleElement()
                .extracting(Town::point)
                .isNull();
    }

    @Test
    void skipsALeadingByteOrderMark() throws IOException {
        List<Town> towns = TownCsv.read(
                new StringReader("\uFEFFtown,koaza,lat,lng\n横地町,,35.24916,136.780322\n"), "23220", "愛知県", "稲沢市");

        assertThat(towns).singleElement().extracting(Town::town).isEqualTo("横地町");
    }

    @Test
    void namesTheLineThatIsWrong() {
        assertThatThrownBy(() -> TownCsv.read(new StringReader("name,lat,lng\n"), "23220", "愛知県", "稲沢市"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 1: expected the header");
        assertThatThrownBy(
                        () -> TownCsv.read(new StringReader("town,koaza,lat,lng\n横地町,,35.2\n"), "23220", "愛知県", "稲沢市"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: expected 4 fields, found 3");
        assertThatThrownBy(() -> TownCsv.read(
                        new StringReader("town,koaza,lat,lng\n横地町,,北緯35度,136.78\n"), "23220", "愛知県", "稲沢市"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 2:");
        assertThatThrownBy(
                        () -> TownCsv.read(new StringReader("town,koaza,lat,lng\n横地町,,35.2,\n"), "23220", "愛知県", "稲沢市"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 2:");
    }

    private static List<Town> read(String resource, String code, String city) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(TownCsvTest.class.getResourceAsStream("/address/" + resource), resource),
                StandardCharsets.UTF_8)) {
            return TownCsv.read(reader, code, "愛知県", city);
        }
    }
}
