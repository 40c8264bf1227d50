package org.deban.search.text;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexOptions;

/** Writes the name and body of a search document into its text fields, and the analyser that indexes them. */
public final class TextFields {

    /**
     * Positions are kept for phrases: words in a row (子ども食堂 = 子ども + 食堂) and bigrams in a row (イナ ナザ ザワ).
     * Norms are left out: {@link TextQuery} scores by which query words match, not by BM25 (see there).
     */
    private static final FieldType TEXT = textType();

    private TextFields() {}

    /** Adds the indexed text fields of a name and a body, and a stored copy of each for snippets. */
    public static void add(Document doc, String name, String body) {
        add(doc, TextField.NAME, name);
        add(doc, TextField.BODY, body);
    }

    private static void add(Document doc, TextField field, String text) {
        doc.add(new Field(field.morph(), text, TEXT));
        doc.add(new Field(field.reading(), JapaneseAnalysis.reading(text), TEXT));
        doc.add(new Field(field.bigram(), text, TEXT));
        doc.add(new StoredField(field.stored(), text));
    }

    /**
     * The analyser to create the IndexWriter with. It covers the text fields; any other field given to it as text
     * would be indexed as one token (the documents' other fields are StringField or points, which it never sees).
     * Every call returns new analyser instances, so closing one does not disturb another writer or the query side.
     */
    public static Analyzer indexAnalyzer() {
        Analyzer morph = JapaneseAnalysis.morphAnalyzer();
        Analyzer grams = JapaneseAnalysis.gramAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        for (TextField field : TextField.values()) {
            perField.put(field.morph(), morph);
            // The reading field's value is already the reading (see add): it is cut into bigrams like the surface.
            perField.put(field.reading(), grams);
            perField.put(field.bigram(), grams);
        }
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }
}
