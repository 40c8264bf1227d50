package org.deban.search.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
     * characters. Each list keeps at most {@link #MAX_TERMS} terms: a longer query word is matched on its start.
     */
    record Forms(List<Token> morph, List<Token> readingGrams, List<Token> surfaceGrams) {

        static Forms of(String text) {
            return new Forms(cap(morphTokens(text)), cap(grams(reading(text))), cap(grams(text)));
        }

        /** A single morphological term, with no bigram forms. */
        static Forms word(String term) {
            return new Forms(List.of(new Token(term, 0)), List.of(), List.of());
        }

        private static List<Token> cap(List<Token> tokens) {
            return tokens.size() <= MAX_TERMS ? tokens : List.copyOf(tokens.subList(0, MAX_TERMS));
        }
    }

    /** The most terms of each kind kept from one query word (see {@link Forms}). */
    static final int MAX_TERMS = 32;

    private static final Analyzer MORPH = morphAnalyzer();
    private static final Analyzer READING = readingAnalyzer();
    private static final Analyzer GRAM = gramAnalyzer();

    private JapaneseAnalysis() {}

    /**
     * Morphological chain: width/case normalisation (kana as written), kuromoji in SEARCH mode (splits long compounds
     * into their parts), base forms, particles and other function words dropped (kuromoji's default stop tags), then
     * each term normalised with {@link SearchText#normalize} (kana folded to katakana, which also covers what
     * CJKWidthFilter and LowerCaseFilter would do), then a trailing ー dropped from long katakana words (コンピューター
     * = コンピュータ).
     */
    static Analyzer morphAnalyzer() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalizing(reader, SearchText::normalizeWidth);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
                stream = new NormalizeFilter(stream);
                stream = new JapaneseKatakanaStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * Bigram chain, for the surface text and for the reading text alike: full normalisation, StandardTokenizer
     * (which keeps ASCII words whole), then CJKBigramFilter: overlapping bigrams of every run of kanji and kana, a
     * lone character as a unigram.
     */
    static Analyzer gramAnalyzer() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalizing(reader, SearchText::normalize);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new CJKBigramFilter(tokenizer));
            }
        };
    }

    /**
     * Reading chain: kuromoji in NORMAL mode (whole words: their readings are concatenated anyway), each word replaced
     * by its katakana reading (or kept when kuromoji does not know it), kana folded.
     */
    private static Analyzer readingAnalyzer() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return normalizing(reader, SearchText::normalizeWidth);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
                TokenStream stream = new JapaneseReadingFormFilter(tokenizer, false);
                return new TokenStreamComponents(tokenizer, new NormalizeFilter(stream));
            }
        };
    }

    /** The morphological terms of a text, in order. */
    static List<Token> morphTokens(String text) {
        return tokens(MORPH, text);
    }

    /** The bigrams (and lone unigrams) of a text, in order. */
    static List<Token> grams(String text) {
        return tokens(GRAM, text);
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * The kana reading of a text: the readings of adjacent words run together (稲沢ふれあいサロン → イナザワフレアイサロン),
     * a space where the text had a gap (space or punctuation). Indexed through {@link #gramAnalyzer()}.
     */
    static String reading(String text) {
        StringBuilder reading = new StringBuilder();
        try (TokenStream stream = READING.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int lastEnd = -1;
            while (stream.incrementToken()) {
                if (lastEnd >= 0 && offset.startOffset() > lastEnd) {
                    reading.append(' ');
                }
                reading.append(term);
                lastEnd = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reading.toString();
    }

    /** Normalises a whole field value before tokenising. Offsets then refer to the normalised text. */
    private static Reader normalizing(Reader reader, UnaryOperator<String> normalizer) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StringReader(normalizer.apply(text.toString()));
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
