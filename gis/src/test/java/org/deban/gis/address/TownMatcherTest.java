package org.deban.gis.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.deban.gis.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against the real town lists of 稲沢市 (23220) and みよし市 (23236). */
class TownMatcherTest {
    private static List<Town> towns;
    private static TownMatcher matcher;

    @BeforeAll
    static void loadTownLists() throws IOException {
        towns = new ArrayList<>(read("towns_23220.csv", "23220", "稲沢市"));
        towns.addAll(read("towns_23236.csv", "23236", "みよし市"));
        matcher = new TownMatcher(towns);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "愛知県稲沢市池部町１丁目５－３", // full-width digits and hyphen
                "愛知県稲沢市池部町1丁目5-3", // arabic 丁目
                "愛知県稲沢市池部町一丁目5-3", // kanji 丁目
                "愛知県稲沢市池部町1-5-3", // the first number is the 丁目
                "愛知県稲沢市池部町１－５－３",
                "稲沢市池部町1-5-3", // without the prefecture
                "愛知県　稲沢市 池部町 1ー5ー3" // spaces, long-vowel marks typed as hyphens
            })
    void placesEverySpellingOfIkebechoItchome(String address) {
        GeocodeResult result = matcher.match(address);

        assertThat(result.input()).isEqualTo(address);
        assertThat(result.level()).isEqualTo(MatchLevel.CHOME);
        assertThat(result.town()).isNotNull().extracting(Town::town).isEqualTo("池部町一丁目");
        assertThat(result.point()).isEqualTo(GeoPoint.of(35.245301, 136.786985));
        assertThat(result.matched()).isEqualTo("愛知県稲沢市池部町一丁目");
        assertThat(result.rest()).isEqualTo("5-3");
        assertThat(result.reason()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "稲沢市池部町二丁目10番地 | 池部町二丁目 | '' | 10番地",
                "稲沢市池部町3 | 池部町三丁目 | '' | ''",
                "稲沢市石橋4-1-2 | 石橋四丁目 | '' | 1-2",
                "稲沢市稲島12-3 | 稲島十二丁目 | '' | 3",
                "稲沢市稲島1-3 | 稲島一丁目 | '' | 3",
                "稲沢市稲島東２丁目 | 稲島東二丁目 | '' | ''",
                // a 町 without 丁目 is itself the finest unit
                "稲沢市横地町3-4 | 横地町 | '' | 3-4",
                // 小字 rows, with and without 字; 大字 dropped
                "稲沢市池部町字向丁長5 | 池部町 | 向丁長 | 5",
                "愛知県稲沢市平和町大字須ケ谷字前浪100 | 平和町須ケ谷 | 前浪 | 100",
                "稲沢市祖父江町大字大牧字北沼1234 | 祖父江町大牧 | 北沼 | 1234",
                "稲沢市祖父江町大牧北沼1234 | 祖父江町大牧 | 北沼 | 1234",
                "稲沢市祖父江町甲新田ｲ一 12 | 祖父江町甲新田 | イ一 | 12",
                // 之 / の / ノ
                "稲沢市井の口町中四反畑7 | 井之口町 | 中四反畑 | 7",
                "稲沢市井ノ口本町3 | 井之口本町 | '' | 3",
                // ヶ written ケ, ｹ or が
                "みよし市莇生町寺ヶ峪10 | 莇生町 | 寺ヶ峪 | 10",
                "みよし市莇生町寺ケ峪10 | 莇生町 | 寺ヶ峪 | 10",
                "愛知県みよし市莇生町寺ｹ峪10 | 莇生町 | 寺ヶ峪 | 10",
                "みよし市莇生町字寺が峪10 | 莇生町 | 寺ヶ峪 | 10",
                "みよし市ひばりが丘1-2-3 | ひばりヶ丘一丁目 | '' | 2-3",
                "みよし市ひばりｹ丘二丁目4 | ひばりヶ丘二丁目 | '' | 4",
                "みよし市ひばりケ丘2-4 | ひばりヶ丘二丁目 | '' | 4"
            })
    void placesAddressesOnTheFinestUnitTheListHas(String address, String town, String koaza, String rest) {
        GeocodeResult result = matcher.match(address);

        assertThat(result.level()).isEqualTo(MatchLevel.CHOME);
        assertThat(result.town()).isNotNull();
        assertThat(result.town().town()).isEqualTo(town);
        assertThat(result.town().koaza()).isEqualTo(koaza);
        assertThat(result.point()).isEqualTo(result.town().point());
        assertThat(result.matched()).isEqualTo(result.town().fullName());
        assertThat(result.rest()).isEqualTo(rest);
        assertThat(result.reason()).isNull();
    }

    @Test
    void aTownWithChomeNamedWithoutOneIsPlacedOnItsOwnRow() {
        GeocodeResult result = matcher.match("稲沢市池部町");

        assertThat(result.level()).isEqualTo(MatchLevel.OAZA);
        assertThat(result.town()).isNotNull().extracting(Town::town).isEqualTo("池部町");
        assertThat(result.point()).isEqualTo(GeoPoint.of(35.246045, 136.788749));
        assertThat(result.matched()).isEqualTo("愛知県稲沢市池部町");
        assertThat(result.reason()).isEqualTo("丁目が指定されていません");
    }

    @Test
    void aChomeTheListDoesNotHaveIsNotGuessed() {
        // 池部町 has 一丁目 to 三丁目; "5" may be a 番地 of 池部町 outside the 丁目.
        GeocodeResult result = matcher.match("稲沢市池部町5-3");

        assertThat(result.level()).isEqualTo(MatchLevel.OAZA);
        assertThat(result.town()).isNotNull().extracting(Town::town).isEqualTo("池部町");
        assertThat(result.rest()).isEqualTo("5-3");
        assertThat(result.reason()).isEqualTo("丁目を特定できません");
    }

    @Test
    void aTownKnownOnlyByItsChomeIsPlacedAtTheirMean() {
        // The list has 石橋一丁目 to 六丁目 but no row for 石橋 itself.
        GeocodeResult result = matcher.match("稲沢市石橋");

        assertThat(result.level()).isEqualTo(MatchLevel.OAZA);
        assertThat(result.town()).isNull();
        assertThat(result.point()).isNotNull();
        assertThat(result.point().lat()).isCloseTo(35.2596297, within(1e-6));
        assertThat(result.point().lon()).isCloseTo(136.7802062, within(1e-6));
        assertThat(result.matched()).isEqualTo("愛知県稲沢市石橋");
        assertThat(result.reason()).isEqualTo("丁目が指定されていません");
    }

    @Test
    void aKoazaThatSpellsLikeAChomeDividedTownIsReadAsTheKoaza() {
        // The list has 稲沢町 with the 小字 北山, and also 稲沢町北山一丁目 and 二丁目.
        GeocodeResult koaza = matcher.match("稲沢市稲沢町北山");
        assertThat(koaza.level()).isEqualTo(MatchLevel.CHOME);
        assertThat(koaza.matched()).isEqualTo("愛知県稲沢市稲沢町北山");
        assertThat(koaza.town()).isNotNull().extracting(Town::koaza).isEqualTo("北山");

        GeocodeResult chome = matcher.match("稲沢市稲沢町北山2-7");
        assertThat(chome.town()).isNotNull().extracting(Town::town).isEqualTo("稲沢町北山二丁目");
        assertThat(chome.rest()).isEqualTo("7");
    }

    @Test
    void anUnknownTownStopsAtTheCityWithoutAPoint() {
        GeocodeResult result = matcher.match("愛知県稲沢市存在しない町1-1");

        assertThat(result.level()).isEqualTo(MatchLevel.MUNICIPALITY);
        assertThat(result.town()).isNull();
        assertThat(result.point()).isNull();
        assertThat(result.matched()).isEqualTo("愛知県稲沢市");
        assertThat(result.rest()).isEqualTo("存在しない町1-1");
        assertThat(result.reason()).isEqualTo("町名が見つかりません");
    }

    @ParameterizedTest
    @ValueSource(strings = {"愛知県名古屋市中区三の丸3-1-2", "東京都稲沢市池部町1", "池部町1-5-3", "稲 沢"})
    void anUnknownCityIsNotPlacedAtAll(String address) {
        GeocodeResult result = matcher.match(address);

        assertThat(result.level()).isEqualTo(MatchLevel.NONE);
        assertThat(result.town()).isNull();
        assertThat(result.point()).isNull();
        assertThat(result.matched()).isEmpty();
        assertThat(result.reason()).isEqualTo("市区町村が見つかりません");
    }

    @Test
    void anEmptyAddressIsNotPlaced() {
        assertThat(matcher.match(" \u3000").level()).isEqualTo(MatchLevel.NONE);
        assertThat(matcher.match("").reason()).isEqualTo("住所が入力されていません");
    }

    @Test
    void everyRowOfBothListsFindsItself() {
        for (Town town : towns) {
            assertThat(matcher.match(town.fullName()).town())
                    .as(town.fullName())
                    .isEqualTo(town);
        }
    }

    @Test
    void aTownWithoutAPointIsRecognisedNotReplacedByANeighbouringName() {
        // 黒笹山手 has no point yet; 黒笹一丁目…三丁目 do. "黒笹" must not be taken for it.
        GeocodeResult yamate = matcher.match("みよし市黒笹山手1-2");

        assertThat(yamate.level()).isEqualTo(MatchLevel.CHOME);
        assertThat(yamate.town()).isNotNull().extracting(Town::town).isEqualTo("黒笹山手");
        assertThat(yamate.point()).isNull();
        assertThat(yamate.rest()).isEqualTo("1-2");
        assertThat(yamate.reason()).isEqualTo("代表点がありません");
        assertThat(matcher.match("みよし市新前田2-5").town())
                .isNotNull()
                .extracting(Town::town)
                .isEqualTo("新前田二丁目");
    }

    @Test
    void twoTownsOfTheSameNameAreNotGuessedBetween() {
        TownMatcher withTwins = new TownMatcher(List.of(
                town("23220", "愛知県", "稲沢市", "本町", "", 35.25, 136.78),
                town("23220", "愛知県", "稲沢市", "本町", "", 35.26, 136.79),
                town("23220", "愛知県", "稲沢市", "横地町", "東", 35.24, 136.78),
                town("23220", "愛知県", "稲沢市", "横地町", "", 35.24, 136.78),
                town("23220", "愛知県", "稲沢市", "横地町", "東", 35.25, 136.77)));

        GeocodeResult twins = withTwins.match("稲沢市本町1");
        assertThat(twins.level()).isEqualTo(MatchLevel.MUNICIPALITY);
        assertThat(twins.point()).isNull();
        assertThat(twins.reason()).startsWith("町名を特定できません");

        GeocodeResult koazaTwins = withTwins.match("稲沢市横地町東5");
        assertThat(koazaTwins.level()).isEqualTo(MatchLevel.CHOME);
        assertThat(koazaTwins.town()).isNotNull().extracting(Town::koaza).isEqualTo("");
        assertThat(koazaTwins.reason()).startsWith("小字を特定できません");
    }

    @Test
    void twoCitiesOfTheSameNameNeedTheirPrefecture() {
        TownMatcher fuchu = new TownMatcher(List.of(
                town("13206", "東京都", "府中市", "宮西町", "", 35.67, 139.47),
                town("34208", "広島県", "府中市", "府川町", "", 34.57, 133.23)));

        GeocodeResult withoutPrefecture = fuchu.match("府中市宮西町1");
        assertThat(withoutPrefecture.level()).isEqualTo(MatchLevel.NONE);
        assertThat(withoutPrefecture.reason()).isEqualTo("市区町村を特定できません（東京都府中市、広島県府中市）");
        assertThat(fuchu.match("東京都府中市宮西町1").level()).isEqualTo(MatchLevel.CHOME);
        assertThat(fuchu.match("広島県府中市宮西町1").level()).isEqualTo(MatchLevel.MUNICIPALITY);
    }

    @Test
    void aTownInAGunIsFoundWithOrWithoutTheGun() {
        TownMatcher toyoyama = new TownMatcher(List.of(town("23342", "愛知県", "西春日井郡豊山町", "大字豊場", "", 35.25, 136.91)));

        assertThat(toyoyama.match("愛知県西春日井郡豊山町大字豊場1").level()).isEqualTo(MatchLevel.CHOME);
        assertThat(toyoyama.match("豊山町豊場1").level()).isEqualTo(MatchLevel.CHOME);
    }

    @Test
    void matchesAListInOrder() {
        List<GeocodeResult> results = matcher.matchAll(List.of("稲沢市横地町1", "稲沢市", "名古屋市"));

        assertThat(results)
                .extracting(GeocodeResult::level)
                .containsExactly(MatchLevel.CHOME, MatchLevel.MUNICIPALITY, MatchLevel.NONE);
    }

    @Test
    void aCityCodeMustAlwaysNameTheSameCity() {
        assertThatThrownBy(() -> new TownMatcher(List.of(
                        town("23220", "愛知県", "稲沢市", "横地町", "", 35.24, 136.78),
                        town("23220", "愛知県", "一宮市", "本町", "", 35.30, 136.80))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Town town(
            String code, String prefecture, String city, String town, String koaza, double lat, double lon) {
        return new Town(code, prefecture, city, town, koaza, GeoPoint.of(lat, lon));
    }

    private static List<Town> read(String resource, String code, String city) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(TownMatcherTest.class.getResourceAsStream("/address/" + resource), resource),
                StandardCharsets.UTF_8)) {
            return TownCsv.read(reader, code, "愛知県", city);
        }
    }
}
