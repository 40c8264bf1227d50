package org.deban.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.deban.search.text.JapaneseAnalysis.Token;
import org.junit.jupiter.api.Test;

/**
 * The bigram cutter gives what Lucene's StandardTokenizer and CJKBigramFilter give on the text people write, but
 * for 々 (a kanji here) and a stray combining mark left by normalisation (が + ﾞ), which it drops.
 */
class GramsTest {

    @Test
    void cutsKanjiAndKanaIntoBigramsAndKeepsWordsWhole() {
        assertThat(terms("稲沢ふれあいサロン")).containsExactly("稲沢", "沢フ", "フレ", "レア", "アイ", "イサ", "サロ", "ロン");
        assertThat(terms("PCで文章入力、絵")).containsExactly("pc", "デ文", "文章", "章入", "入力", "絵");
        assertThat(terms("毎週10時から")).containsExactly("毎週", "10", "時カ", "カラ");
        assertThat(terms("「」 。")).isEmpty();
        // Lucene cuts 々 off as a word of its own (人, 々); here it is a kanji like any other.
        assertThat(terms("人々の")).containsExactly("人々", "々ノ");
    }

    @Test
    void agreesWithLucenesChain() throws IOException {
        String alphabet = "あいうえおがぱーアイウエオガパ子供食堂稲沢abcXYZ019 　、。・「」()!?ＰＣｶ";
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of(
                "子ども食堂「ひまわり」毎月第2土曜の夕方に開きます。", "高齢者のお宅を訪問し、話し相手になります。", "PCでの文章入力ができる方 HP更新", "みんなの集い 10:00〜12:00"));
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, at)));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(JapaneseAnalysis.grams(text)).as(text).isEqualTo(lucene(text));
        }
    }

    private static List<String> terms(String text) {
        return JapaneseAnalysis.grams(text).stream().map(Token::term).toList();
    }

    private static List<Token> lucene(String text) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(SearchText.normalize(text)));
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = new CJKBigramFilter(tokenizer)) {
            JapaneseAnalysis.collect(stream, tokens);
        }
        return tokens;
    }
}
