package org.deban.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ｺﾄﾞﾓｼｮｸﾄﾞｳ | コドモショクドウ",
                "こどもしょくどう | コドモショクドウ",
                "子ども食堂 | 子ドモ食堂",
                "ＰＣ | pc",
                "HP | hp",
                "ｻｰﾋﾞｽ | サービス",
                "サ-ビス | サービス",
                "さ−びす | サービス",
                "いすゞ | イスズ",
                "バナヽ | バナナ",
                "人々 | 人々",
                "①番 | 1番",
                "10-12時 | 10-12時",
            })
    void normalisesWidthCaseKanaAndMarks(String text, String expected) {
        assertThat(SearchText.normalize(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  稲沢　ふれあい \t\n サロン  ", "稲沢 ふれあい サロン"})
    void collapsesWhiteSpace(String text) {
        assertThat(SearchText.normalize(text)).isEqualTo("稲沢 フレアイ サロン");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ｺﾄﾞﾓｼｮｸﾄﾞｳ ＰＣ", "いすゞ", "サ-ビス　です", "😀 \uD800 ", ""})
    void isIdempotent(String text) {
        String once = SearchText.normalize(text);
        assertThat(SearchText.normalize(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"絵を描く | 絵を描く", "ｶﾞｲﾄﾞ | ガイド", "ＰＣ | pc"})
    void widthNormalisationKeepsKanaAsWritten(String text, String expected) {
        assertThat(SearchText.normalizeWidth(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void mapsEveryCharacterBackToTheOriginal() {
        SearchText.Normalized normalized = SearchText.normalizeWithSource("ｶﾞｲﾄﾞ  と");

        assertThat(normalized.text()).isEqualTo("ガイド ト");
        assertThat(normalized.sourceStart()).containsExactly(0, 2, 3, 5, 7);
        assertThat(normalized.sourceEnd()).containsExactly(2, 3, 5, 6, 8);
    }

    /** The shortcut for plain text must give what the character-by-character rules give. */
    @org.junit.jupiter.api.Test
    void shortcutAgreesWithTheRules() {
        String alphabet = "あがぱゞゝアガヴヽヾーｶﾞ子食々abzAZ09 　-−.\u3099①ＰＣ😀";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, at)));
            }
            String value = text.toString();
            assertThat(SearchText.normalize(value))
                    .as(value)
                    .isEqualTo(SearchText.byRules(value, true).text());
            SearchText.Normalized withSource = SearchText.normalizeWithSource(value);
            assertThat(withSource.text())
                    .as(value)
                    .isEqualTo(SearchText.byRules(value, true).text());
            assertThat(withSource.sourceStart())
                    .as(value)
                    .isEqualTo(SearchText.byRules(value, true).sourceStart());
            assertThat(withSource.sourceEnd())
                    .as(value)
                    .isEqualTo(SearchText.byRules(value, true).sourceEnd());
        }
    }
}
