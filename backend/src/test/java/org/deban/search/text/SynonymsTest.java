package org.deban.search.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private static final Synonyms SYNONYMS = Synonyms.parse(
            List.of("# a comment", "", "子ども, 子供, こども", "子ども食堂, こども食堂, 子供食堂, 地域食堂", "傾聴, 話し相手", "ボラ => ボランティア"));

    @Test
    void longestMemberWins() {
        List<Synonyms.Span> spans = SYNONYMS.spans(Synonyms.terms("子供食堂"));

        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).group()).isNotNull();
        assertThat(spans.get(0).group().members()).containsExactly("子ども食堂", "こども食堂", "子供食堂", "地域食堂");
    }

    @Test
    void termsOutsideAnyMemberStandAlone() {
        List<Synonyms.Span> spans = SYNONYMS.spans(Synonyms.terms("子供の傾聴ボランティア"));

        assertThat(spans).extracting(s -> s.group() == null).containsExactly(false, false, true);
        assertThat(spans.get(1).group().members()).containsExactly("傾聴", "話し相手");
    }

    @Test
    void kanaIsMatchedByReading() {
        assertThat(SYNONYMS.byReading("コドモショクドウ"))
                .get()
                .isEqualTo(SYNONYMS.byReading("コドモショクドウ").get());
        assertThat(SYNONYMS.byReading("ケイチョウ"))
                .get()
                .extracting(Synonyms.Group::members)
                .asList()
                .contains("傾聴");
        assertThat(SYNONYMS.byReading("ショクドウ")).isEmpty();
    }

    @Test
    void oneWayRuleReplacesTheLeftSide() {
        Synonyms.Group group = SYNONYMS.spans(Synonyms.terms("ボラ")).get(0).group();

        assertThat(group).isNotNull();
        assertThat(group.members()).containsExactly("ボランティア");
        assertThat(SYNONYMS.spans(Synonyms.terms("ボランティア")).get(0).group()).isNull();
    }

    @Test
    void malformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> Synonyms.parse(List.of("a, b", "a => b => c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void projectFileLoadsAndHoldsTheRequiredGroups() {
        Synonyms standard = Synonyms.standard();

        for (String word : List.of("子ども", "パソコン", "絵", "ホームページ", "高齢者", "居場所", "見守り", "調理", "送迎", "傾聴", "買い物", "車いす")) {
            assertThat(standard.spans(Synonyms.terms(word)))
                    .as(word)
                    .singleElement()
                    .satisfies(span -> assertThat(span.group()).isNotNull());
        }
    }
}
