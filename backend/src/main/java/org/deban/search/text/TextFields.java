package org.deban.search.text;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;
import org.deban.search.text.JapaneseAnalysis.Forms;
import org.deban.search.text.JapaneseAnalysis.Token;

/**
 * Writes the name and body of a search document into its text fields. The text is analysed here, before it reaches
 * the IndexWriter (which gets the tokens, not the text): one kuromoji pass gives both the words and the reading, and
 * the shared vocabulary is analysed once rather than in every document.
 */
public final class TextFields {

    /**
     * Positions are kept for phrases: words in a row (子ども食堂 = 子ども + 食堂) and bigrams in a row (イナ ナザ ザワ).
     * Norms are left out: {@link TextQuery} scores by which query words match, not by BM25 (see there).
     */
    private static final FieldType TEXT = textType();

    /**
     * Analysed vocabulary strings (tag labels with their synonyms, kind words). A catalogue has a few hundred; the
     * bound only guards against a caller passing free text as vocabulary.
     */
    private static final Map<String, Forms> VOCABULARY = new ConcurrentHashMap<>();

    private static final int MAX_VOCABULARY = 10_000;

    private TextFields() {}

    /**
     * Adds the indexed text fields and a stored copy of each text for snippets.
     *
     * @param body free text written for this document (descriptions, strengths wanted)
     * @param vocabulary strings from the shared vocabulary that describe it (tag labels and synonyms, kind words),
     *     indexed after the body as if written there
     */
    public static void add(Document doc, String name, String body, List<String> vocabulary) {
        add(doc, TextField.NAME, Forms.all(name));
        add(doc, TextField.BODY, Forms.all(body));
        for (String words : vocabulary) {
            add(doc, TextField.BODY, vocabulary(words));
        }
        doc.add(new StoredField(TextField.NAME.stored(), name));
        doc.add(new StoredField(TextField.BODY.stored(), join(body, vocabulary)));
    }

    private static Forms vocabulary(String words) {
        Forms forms = VOCABULARY.get(words);
        if (forms == null) {
            if (VOCABULARY.size() >= MAX_VOCABULARY) VOCABULARY.clear();
            forms = Forms.all(words);
            VOCABULARY.put(words, forms);
        }
        return forms;
    }

    /**
     * A field given several times continues its positions, so a phrase can run from the body into the vocabulary as
     * it could when they were one string.
     */
    private static void add(Document doc, TextField field, Forms forms) {
        doc.add(new Field(field.morph(), new Replay(forms.morph()), TEXT));
        doc.add(new Field(field.reading(), new Replay(forms.readingGrams()), TEXT));
        doc.add(new Field(field.bigram(), new Replay(forms.surfaceGrams()), TEXT));
    }

    private static String join(String body, List<String> vocabulary) {
        StringBuilder text = new StringBuilder(body);
        for (String words : vocabulary) {
            if (words.isBlank()) continue;
            if (!text.isEmpty()) text.append(' ');
            text.append(words);
        }
        return text.toString();
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    /** Gives analysed tokens to the IndexWriter, with their positions. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<Token> tokens;
        private int next;
        private int position;

        Replay(List<Token> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            position = -1;
        }

        @Override
        public boolean incrementToken() {
            if (next == tokens.size()) return false;
            clearAttributes();
            Token token = tokens.get(next++);
            term.setEmpty().append(token.term());
            increment.setPositionIncrement(token.position() - position);
            position = token.position();
            return true;
        }
    }
}
