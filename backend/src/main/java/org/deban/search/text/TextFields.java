package org.deban.search.text;

import java.io.IOException;
import java.util.List;
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
 * the IndexWriter (which gets the tokens, not the text), so that one kuromoji pass gives both the words and the
 * reading.
 */
public final class TextFields {

    /**
     * Positions are kept for phrases: words in a row (子ども食堂 = 子ども + 食堂) and bigrams in a row (イナ ナザ ザワ).
     * Norms are left out: {@link TextQuery} scores by which query words match, not by BM25 (see there).
     */
    private static final FieldType TEXT = textType();

    private TextFields() {}

    /** Adds the indexed text fields of a name and a body, and a stored copy of each for snippets. */
    public static void add(Document doc, String name, String body) {
        add(doc, TextField.NAME, Forms.all(name));
        add(doc, TextField.BODY, Forms.all(body));
        doc.add(new StoredField(TextField.NAME.stored(), name));
        doc.add(new StoredField(TextField.BODY.stored(), body));
    }

    private static void add(Document doc, TextField field, Forms forms) {
        doc.add(new Field(field.morph(), new Replay(forms.morph()), TEXT));
        doc.add(new Field(field.reading(), new Replay(forms.readingGrams()), TEXT));
        doc.add(new Field(field.bigram(), new Replay(forms.surfaceGrams()), TEXT));
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
