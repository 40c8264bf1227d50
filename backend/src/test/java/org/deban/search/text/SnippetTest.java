package org.deban.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    private static final String BODY =
            "毎月第2土曜の夕方に、公民館で子ども食堂を開いています。" + "調理や配膳を手伝ってくださるボランティアを募集しています。絵を描くのが好きな方にはチラシ作りもお願いします。";

    @Test
    void wrapsMatchesAndKeepsTheOriginalCharacters() {
        assertThat(Snippet.of("子ども食堂「ひまわり」", List.of("ヒマワリ"), 50)).isEqualTo("子ども食堂「【ひまわり】」");
        assertThat(Snippet.of("ｻﾛﾝは水曜です", List.of("さろん"), 50)).isEqualTo("【ｻﾛﾝ】は水曜です");
        assertThat(Snippet.of("パソコン（ＰＣ）入力", List.of("pc"), 50)).isEqualTo("パソコン（【ＰＣ】）入力");
    }

    @Test
    void showsAWindowAroundTheFirstMatch() {
        String snippet = Snippet.of(BODY, List.of("ボランティア"), 20);

        assertThat(snippet).startsWith("…").endsWith("…").contains("【ボランティア】");
        assertThat(snippet.replaceAll("[【】…]", "")).hasSize(20);
        assertThat(BODY).contains(snippet.replaceAll("[【】…]", ""));
    }

    @Test
    void windowAtTheEndOfTheTextStillShowsMaxChars() {
        String snippet = Snippet.of(BODY, List.of("お願いします"), 20);

        assertThat(snippet).startsWith("…").endsWith("【お願いします】。");
        assertThat(snippet.replaceAll("[【】…]", "")).hasSize(20);
    }

    @Test
    void longerTermWinsWhereTermsOverlap() {
        assertThat(Snippet.of("子ども食堂です", List.of("食堂", "子ども食堂"), 50)).isEqualTo("【子ども食堂】です");
    }

    @Test
    void everyOccurrenceInTheWindowIsMarked() {
        assertThat(Snippet.of("食堂と食堂", List.of("食堂"), 50)).isEqualTo("【食堂】と【食堂】");
    }

    @Test
    void withoutMatchShowsTheStartOfTheText() {
        assertThat(Snippet.of(BODY, List.of("ぴよぴよ"), 10)).isEqualTo("毎月第2土曜の夕方に…");
        assertThat(Snippet.of("短い", List.of(), 10)).isEqualTo("短い");
        assertThat(Snippet.of("", List.of("食堂"), 10)).isEmpty();
    }

    @Test
    void neverCutsASurrogatePair() {
        String snippet = Snippet.of("😀😀😀😀", List.of(), 3);

        assertThat(snippet).isEqualTo("😀…");
    }

    @Test
    void worksWithTheTermsOfAQuery() {
        assertThat(Snippet.of("チラシのイラスト作成", TextQuery.terms("絵が得意"), 40)).isEqualTo("チラシの【イラスト】作成");
        assertThat(Snippet.of("こども食堂 みんなの食堂", TextQuery.terms("子供食堂"), 40)).isEqualTo("【こども食堂】 みんなの食堂");
    }
}
