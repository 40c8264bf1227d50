package org.deban.gis.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                // NFKC: full-width digits and letters, half-width kana
                "愛知県稲沢市池部町１丁目５－３ => 愛知県稲沢市池部町一丁目5-3",
                "ＡＢＣビル２Ｆ => ABCビル2F",
                "ｲﾅｻﾞﾜｺｰﾎﾟ => イナザワコーポ",
                // white space, including the full-width space
                "'愛知県 稲沢市\u3000池部町 1-5-3' => 愛知県稲沢市池部町1-5-3",
                // hyphens; ー only after a digit, 〜 never
                "池部町1ー5ー3 => 池部町1-5-3",
                "1−5–3—2―4‐6 => 1-5-3-2-4-6",
                "グリーンハイツ1ー2 => グリーンハイツ1-2",
                "3〜5 => 3〜5",
                // 大字 goes everywhere, 字 stays (TownMatcher drops it where a 字 name starts)
                "稲沢市平和町大字須ケ谷字前浪 => 稲沢市平和町須ケ谷字前浪",
                // ヶ ケ ｹ ヵ カ が between a kanji or kana and a kanji
                "寺ヶ峪 => 寺ケ峪",
                "寺ｹ峪 => 寺ケ峪",
                "寺が峪 => 寺ケ峪",
                "三ヵ峯 => 三ケ峯",
                "自由カ丘 => 自由ケ丘",
                "ひばりが丘 => ひばりケ丘",
                "ケーキ屋 => ケーキ屋",
                "すがも => すがも",
                // 之 ノ の between kanji
                "井之口町 => 井ノ口町",
                "井の口町 => 井ノ口町",
                "池ノ神 => 池ノ神",
                "さくらの丘 => さくらの丘",
                // arabic 丁目 numerals become kanji, as the town lists write them
                "池部町3丁目 => 池部町三丁目",
                "稲島12丁目 => 稲島十二丁目",
                "稲島２０丁目 => 稲島二十丁目",
                "本町3丁5 => 本町三丁5",
                "1番町 => 一番町",
                "池部町5番地 => 池部町5番地",
                "池部町1-5-3 => 池部町1-5-3"
            })
    void normalizes(String input, String expected) {
        assertThat(AddressNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    void bothSpellingsOfATownNormalizeAlike() {
        assertThat(AddressNormalizer.normalize("ひばりヶ丘一丁目"))
                .isEqualTo(AddressNormalizer.normalize("ひばりが丘1丁目"))
                .isEqualTo(AddressNormalizer.normalize("ひばりｹ丘１丁目"));
    }

    @Test
    void dropsALeadingAzaOnlyWhenANameFollows() {
        assertThat(AddressNormalizer.withoutAzaPrefix("字向丁長5")).isEqualTo("向丁長5");
        assertThat(AddressNormalizer.withoutAzaPrefix("小字北沼")).isEqualTo("北沼");
        assertThat(AddressNormalizer.withoutAzaPrefix("字")).isEqualTo("字");
        assertThat(AddressNormalizer.withoutAzaPrefix("池部町")).isEqualTo("池部町");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, 〇",
        "1, 一",
        "9, 九",
        "10, 十",
        "11, 十一",
        "12, 十二",
        "19, 十九",
        "20, 二十",
        "21, 二十一",
        "99, 九十九",
        "100, 百",
        "101, 百一",
        "110, 百十",
        "111, 百十一",
        "250, 二百五十",
        "1000, 千",
        "2025, 二千二十五",
        "9999, 九千九百九十九"
    })
    void writesAndReadsKanjiNumbers(int number, String kanji) {
        assertThat(AddressNormalizer.kanjiNumber(number)).isEqualTo(kanji);
        assertThat(AddressNormalizer.parseKanjiNumber(kanji)).hasValue(number);
    }

    @Test
    void everyNumberSurvivesTheRoundTrip() {
        for (int n = 0; n <= 9999; n++) {
            assertThat(AddressNormalizer.parseKanjiNumber(AddressNormalizer.kanjiNumber(n)))
                    .as("%d", n)
                    .hasValue(n);
        }
    }

    @Test
    void readsDigitByDigitKanjiToo() {
        assertThat(AddressNormalizer.parseKanjiNumber("二〇")).hasValue(20);
        assertThat(AddressNormalizer.parseKanjiNumber("一二三")).hasValue(123);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "十十", "二三十", "十百", "丁", "一丁目", "12", "〇十"})
    void refusesWhatIsNotAKanjiNumber(String text) {
        assertThat(AddressNormalizer.parseKanjiNumber(text)).isEmpty();
    }

    @Test
    void writesOnlySmallNumbersInKanji() {
        assertThatThrownBy(() -> AddressNormalizer.kanjiNumber(10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressNormalizer.kanjiNumber(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
