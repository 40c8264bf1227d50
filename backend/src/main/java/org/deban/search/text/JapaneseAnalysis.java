package org.deban.search.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains of the text fields, and the same chains applied to query text. Index and query share the
 * chains, so a word is always cut and folded the same way on both sides.
 */
final class JapaneseAnalysis {

    /** A morphological term and its position in the analysed text (gaps where particles were dropped). */
    record Token(String term, int position) {}

    /**
     * A text analysed the three ways it is indexed: its words, the bigrams of its reading and the bigrams of its
     * characters.
     */
    record Forms(List<Token> morph, List<Token> readingGrams, List<Token> surfaceGrams) {

        /** Every term of a text: what is indexed. */
        static Forms all(String text) {
            Words words = words(text);
            return new Forms(words.morph(), grams(words.reading()), grams(text));
        }

        /** The forms of a query word: each list keeps at most {@link #MAX_TERMS} terms (a longer word is matched on its start). */
        static Forms of(String text) {
            Forms all = all(text);
            List<Token> morph = coversMostOf(all.morph(), text) ? cap(all.morph()) : List.of();
            return new Forms(morph, cap(all.readingGrams()), cap(all.surfaceGrams()));
        }

        /**
         * Whether the words kuromoji kept are most of the text. When it drops what made the word (声かけ → 声, かけ
         * taken for a function word), the rest would find every text with 声: the word is then looked up by its
         * bigrams only.
         */
        private static boolean coversMostOf(List<Token> morph, String text) {
            int kept = morph.stream().mapToInt(t -> t.term().length()).sum();
            int written = SearchText.normalize(text).replace(" ", "").length();
            return kept * 2 >= written;
        }

        /** A single morphological term, with no bigram forms. */
        static Forms word(String term) {
            return new Forms(List.of(new Token(term, 0)), List.of(), List.of());
        }

        private static List<Token> cap(List<Token> tokens) {
            return tokens.size() <= MAX_TERMS ? tokens : List.copyOf(tokens.subList(0, MAX_TERMS));
        }
    }

    /** The result of one kuromoji pass over a text: its words and its reading. */
    record Words(List<Token> morph, String reading) {}

    /** The most terms of each kind kept from one query word (see {@link Forms}). */
    static final int MAX_TERMS = 32;

    /** Kuromoji is costly to set up and not thread-safe: each thread keeps its own chain. */
    private static final ThreadLocal<WordChain> WORD_CHAIN = ThreadLocal.withInitial(WordChain::new);

    private JapaneseAnalysis() {}

    /**
     * The words and the reading of a text, from one kuromoji pass (it is the costliest step of indexing, so words and
     * reading share it). See {@link WordChain}.
     */
    static Words words(String text) {
        return WORD_CHAIN.get().run(text);
    }

    /** The morphological terms of a text, in order. */
    static List<Token> morphTokens(String text) {
        return words(text).morph();
    }

    /**
     * The kana reading of a text: the readings of adjacent words run together (稲沢ふれあいサロン → イナザワフレアイサロン),
     * a space where the text had a gap (space or punctuation). Cut into bigrams like the surface text.
     */
    static String reading(String text) {
        return words(text).reading();
    }

    /**
     * The bigrams of a text, in order: the text fully normalised ({@link SearchText#normalize}), each run of kanji and
     * kana cut into overlapping bigrams (a lone character as itself), each run of other letters and digits kept whole
     * (pc, 10), anything else a gap. What Lucene's StandardTokenizer and CJKBigramFilter give for such text, without
     * their cost: this runs on every text indexed.
     */
    static List<Token> grams(String text) {
        String normal = SearchText.normalize(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < normal.length()) {
            int cp = normal.codePointAt(i);
            if (isCjk(cp)) {
                int end = runEnd(normal, i, true);
                if (normal.offsetByCodePoints(i, 1) == end) {
                    tokens.add(new Token(normal.substring(i, end), tokens.size()));
                }
                for (int at = i; normal.offsetByCodePoints(at, 1) < end; at = normal.offsetByCodePoints(at, 1)) {
                    int next = normal.offsetByCodePoints(at, 1);
                    tokens.add(new Token(normal.substring(at, normal.offsetByCodePoints(next, 1)), tokens.size()));
                }
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = runEnd(normal, i, false);
                tokens.add(new Token(normal.substring(i, end), tokens.size()));
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    /** The end of the run of kanji and kana (cjk) or of other letters and digits starting at {@code from}. */
    private static int runEnd(String text, int from, boolean cjk) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean inRun = cjk ? isCjk(cp) : !isCjk(cp) && Character.isLetterOrDigit(cp);
            if (!inRun) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isCjk(int cp) {
        if (cp == 'ー' || cp == '々') return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Reads a token stream to its end: each term with its position. */
    static void collect(TokenStream stream, List<Token> tokens) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            tokens.add(new Token(term.toString(), position));
        }
        stream.end();
    }

    /**
     * The morphological chain, with the reading taken on the way: width/case normalisation (kana as written, since
     * kuromoji cannot split 絵ヲ描クノガ), kuromoji in SEARCH mode (splits long compounds into their parts), then
     * {@link ReadingTap} notes each word's reading, then base forms, particles and other function words dropped
     * (kuromoji's default stop tags; the reading keeps them), each term normalised with {@link SearchText#normalize}
     * (kana folded to katakana, which also covers what CJKWidthFilter and LowerCaseFilter would do), and a trailing ー
     * dropped from long katakana words (コンピューター = コンピュータ).
     */
    private static final class WordChain {
        private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        private final ReadingTap tap = new ReadingTap(tokenizer);
        private final TokenStream morph =
                new JapaneseKatakanaStemFilter(new NormalizeFilter(new JapanesePartOfSpeechStopFilter(
                        new JapaneseBaseFormFilter(tap), JapaneseAnalyzer.getDefaultStopTags())));

        Words run(String text) {
            List<Token> tokens = new ArrayList<>();
            tokenizer.setReader(new StringReader(SearchText.normalizeWidth(text)));
            try {
                collect(morph, tokens);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    morph.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Words(tokens, SearchText.normalize(tap.reading.toString()));
        }
    }

    /**
     * Passes kuromoji's tokens on unchanged and writes their readings one after another (a word kuromoji does not
     * know is its own reading). In SEARCH mode a compound and its parts cover the same characters: the first token to
     * reach a character gives its reading.
     */
    private static final class ReadingTap extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final ReadingAttribute readingForm = addAttribute(ReadingAttribute.class);
        private final StringBuilder reading = new StringBuilder();
        private int lastEnd;

        ReadingTap(TokenStream input) {
            super(input);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            reading.setLength(0);
            lastEnd = -1;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (offset.startOffset() >= lastEnd) {
                if (lastEnd >= 0 && offset.startOffset() > lastEnd) {
                    reading.append(' ');
                }
                String known = readingForm.getReading();
                reading.append(known != null ? known : term);
                lastEnd = offset.endOffset();
            }
            return true;
        }
    }

    /** Applies {@link SearchText#normalize} to every term. */
    private static final class NormalizeFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NormalizeFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String normalized = SearchText.normalize(term.toString());
            term.setEmpty().append(normalized);
            return true;
        }
    }
}
