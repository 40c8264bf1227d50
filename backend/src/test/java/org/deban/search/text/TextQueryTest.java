package org.deban.search.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextQueryTest {

    private static TextIndex index;

    @BeforeAll
    static void indexCatalogue() throws IOException {
        Map<String, List<String>> docs = new LinkedHashMap<>();
        // first, so that it would win a tie (equal scores rank by index order)
        docs.put("taisou", List.of("たいそう教室", "椅子に座ってできます。"));
        docs.put("himawari", List.of("子ども食堂「ひまわり」", "毎月第2土曜の夕方に開きます。どなたでも参加できます。"));
        docs.put("minna", List.of("こども食堂 みんなの食堂", "月2回、公民館で。ごはんを一緒に食べましょう。"));
        docs.put("sakura", List.of("地域食堂 さくら", "多世代が集まる食事の場です。"));
        docs.put("salon", List.of("稲沢ふれあいサロン", "第2・第4水曜 10時から12時。おしゃべりと体操。"));
        docs.put("engawa", List.of("祖父江町 まちの縁側", "誰でも立ち寄れる居場所。お茶を飲みながらゆっくり過ごせます。"));
        docs.put("illust", List.of("チラシのイラスト作成", "絵を描くのが好きな方歓迎"));
        docs.put("homepage", List.of("ホームページ更新", "PCでの文章入力ができる方"));
        docs.put("listening", List.of("傾聴ボランティア", "高齢者のお宅を訪問し、話し相手になります。"));
        docs.put("delivery", List.of("配食サービスの手伝い", "お弁当の調理と、車での送迎をお願いします。"));
        docs.put("cooking", List.of("料理教室の補助", "下ごしらえを手伝ってくださる方。"));
        docs.put("warehouse", List.of("倉庫の整理", "段ボールの運び出しと棚の片付け。"));
        index = new TextIndex(docs);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Tag words are matched at query time against the codes a document carries, as if written in its body. */
    @Test
    void keywordWordsFindTheDocumentsCarryingTheCode() throws IOException {
        Map<String, List<String>> docs = new LinkedHashMap<>();
        docs.put("tagged", List.of("みどりの会", "毎週木曜に集まります。", "FIRST_TIMERS_WELCOME"));
        docs.put("written", List.of("あおぞらの会", "初めての方歓迎です。"));
        docs.put("other", List.of("やまの会", "毎週木曜に集まります。", "NO_BOOKING"));
        List<Keyword> keywords = List.of(
                new Keyword(TextIndex.CODE, "FIRST_TIMERS_WELCOME", "初めて歓迎 初めての方歓迎 はじめて歓迎 初心者歓迎"),
                new Keyword(TextIndex.CODE, "NO_BOOKING", "予約不要 申込不要"));
        try (TextIndex tagged = new TextIndex(docs, keywords)) {
            assertThat(tagged.search("初心者歓迎"))
                    .as("a synonym, by its words")
                    .first()
                    .isEqualTo("tagged");
            assertThat(tagged.matching("はじめて")).as("by reading").containsExactlyInAnyOrder("tagged", "written");
            assertThat(tagged.matching("申込不要")).containsExactly("other");
            assertThat(tagged.matching("不要 木曜"))
                    .as("two concepts beat one")
                    .first()
                    .isEqualTo("other");
            assertThat(tagged.matching("温泉")).isEmpty();
        }
    }

    /** Kuromoji reads the かけ of 声かけ (a synonym of 見守り) as a function word; 声 alone must not find 声に出して. */
    @Test
    void aWordIsNotFoundByWhatIsLeftOfItAfterDroppingFunctionWords() throws IOException {
        Map<String, List<String>> docs = new LinkedHashMap<>();
        docs.put("reading", List.of("絵本の読み聞かせ", "声に出して読むのが好きな方"));
        docs.put("calling", List.of("ひとり暮らしの方への声かけ", "月に一度訪ねます。"));
        docs.put("watching", List.of("見守り活動", "登下校の時間に通学路に立ちます。"));
        try (TextIndex words = new TextIndex(docs)) {
            assertThat(words.matching("見守り")).containsExactlyInAnyOrder("calling", "watching");
            assertThat(words.matching("声かけ")).containsExactlyInAnyOrder("calling", "watching");
        }
    }

    @Test
    void S11_writingVariantsOfKodomoShokudoFindTheSamePlaces() throws IOException {
        var expected = index.matching("子ども食堂");

        assertThat(expected).contains("himawari", "minna", "sakura").doesNotContain("salon", "illust", "warehouse");
        assertThat(index.matching("こども食堂")).isEqualTo(expected);
        assertThat(index.matching("子供食堂")).isEqualTo(expected);
        assertThat(index.matching("ｺﾄﾞﾓｼｮｸﾄﾞｳ")).isEqualTo(expected);
        assertThat(index.matching("こどもしょくどう")).isEqualTo(expected);
    }

    @Test
    void S11_kanaTypedForKatakanaFindsTheSalon() throws IOException {
        assertThat(index.search("さろん")).first().isEqualTo("salon");
        assertThat(index.matching("サロン")).isEqualTo(index.matching("さろん"));
    }

    @Test
    void S11_kanaTypedForKanjiFindsThePlaceByItsReading() throws IOException {
        assertThat(index.search("いなざわ")).containsExactly("salon");
        assertThat(index.search("そぶえ")).containsExactly("engawa");
        assertThat(index.search("いなざわ さろん")).first().isEqualTo("salon");
    }

    @Test
    void S12_strengthFindsTheRoleThatWantsIt() throws IOException {
        assertThat(index.search("絵が得意")).first().isEqualTo("illust");
        assertThat(index.search("パソコン")).first().isEqualTo("homepage");
        assertThat(index.search("ぱそこん")).first().isEqualTo("homepage");
        assertThat(index.search("話し相手")).first().isEqualTo("listening");
    }

    @Test
    void S12_wordsTheCatalogueNeverUsesDoNotEmptyTheResult() throws IOException {
        assertThat(index.search("イラスト 得意 ぴよぴよ")).first().isEqualTo("illust");
        assertThat(index.search("得意 ぴよぴよ")).isEmpty();
    }

    @Test
    void documentMatchingTwoQueryWordsRanksAboveOneMatchingOne() throws IOException {
        // delivery has 調理 and 送迎; cooking only 料理 (a synonym of 調理), even in its name
        assertThat(index.search("調理 送迎")).startsWith("delivery", "cooking");
    }

    @Test
    void wordInTheBodyRanksAboveReadingInTheName() throws IOException {
        // the salon's body has the word 体操; たいそう教室 only reads タイソウ
        assertThat(index.search("体操")).containsExactly("salon", "taisou");
    }

    @Test
    void wordsOfAQueryWrittenWithoutSpacesAreFoundApart() throws IOException {
        assertThat(index.search("倉庫整理")).containsExactly("warehouse");
    }

    @Test
    void sharedBigramsInAnotherOrderAreNoMatch() throws IOException {
        // チョウリ (調理) shares チョ and ョウ with ケイチョウ (傾聴), and リョ and ウリ with ニュウリョク (入力)
        assertThat(index.search("調理")).containsExactlyInAnyOrder("delivery", "cooking");
    }

    @Test
    void unrelatedTextMatchesNothing() throws IOException {
        assertThat(index.search("ぴよぴよ")).isEmpty();
        assertThat(index.search("AND OR")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", ")", "AND OR", "*:*", "~1", "\\", "😀😀", "", " ", "\t\n　", "\uD800", "a:b^2"})
    void hostileInputNeverThrows(String input) {
        assertThatCode(() -> index.search(input)).doesNotThrowAnyException();
    }

    static List<String> longInputs() {
        return List.of(
                "あ".repeat(10_000),
                "子ども食堂 稲沢 サロン 絵 パソコン 送迎 ".repeat(400),
                "重層的支援体制整備事業における参加支援と地域づくりに向けた支援の一体的実施".repeat(200));
    }

    @ParameterizedTest
    @MethodSource("longInputs")
    void longInputIsCutAndStaysWithinLucenesClauseLimit(String input) throws IOException {
        assertThat(index.search(input)).isNotNull();
    }

    @Test
    void blankOrSymbolsOnlyIsNoQuery() {
        assertThat(TextQuery.build("", List.of())).isEmpty();
        assertThat(TextQuery.build("   ", List.of())).isEmpty();
        assertThat(TextQuery.build("*:* \"()\"", List.of())).isEmpty();
        assertThat(TextQuery.build("子ども", List.of())).isPresent();
    }

    @Test
    void termsIncludeTheQueryWordsAndTheirSynonyms() {
        assertThat(TextQuery.terms("絵が得意")).contains("絵", "イラスト", "描ク", "得意");
        assertThat(TextQuery.terms("ＰＣ")).contains("pc", "パソコン");
        assertThat(TextQuery.terms("")).isEmpty();
    }

    @Test
    void snippetOfAMatchingDocumentHighlightsTheQuery() throws IOException {
        String body = index.stored("illust", TextField.BODY);

        assertThat(Snippet.of(body, TextQuery.terms("絵が得意"), 40)).isEqualTo("【絵】を【描く】のが好きな方歓迎");
    }
}
