package org.deban.search.text;

/**
 * The two logical texts of a search document and the Lucene fields each is indexed into. Every text is indexed
 * three ways, because no single analysis finds every way Japanese is written:
 *
 * <ul>
 *   <li>{@link #morph()}: kuromoji words in their base form (描いた → 描く), particles dropped — exact words;
 *   <li>{@link #reading()}: bigrams of the kana reading (稲沢 → イナ ナザ ザワ) — kana typed for kanji written, and
 *       the reverse;
 *   <li>{@link #bigram()}: bigrams of the normalised characters (子ドモ食堂 → 子ド ドモ モ食 食堂) — compounds that
 *       kuromoji splits differently in the document and in the query.
 * </ul>
 *
 * <p>{@link #stored()} keeps the original text for snippets; it is not searchable.
 */
public enum TextField {
    /** The name of a place or the title of an offer. */
    NAME("name"),
    /** Descriptions, strengths wanted, tag labels and their synonyms, kind labels. */
    BODY("body");

    private final String morph;
    private final String reading;
    private final String bigram;
    private final String stored;

    TextField(String prefix) {
        this.morph = prefix + "_morph";
        this.reading = prefix + "_reading";
        this.bigram = prefix + "_bigram";
        this.stored = prefix + "_stored";
    }

    public String morph() {
        return morph;
    }

    public String reading() {
        return reading;
    }

    public String bigram() {
        return bigram;
    }

    public String stored() {
        return stored;
    }
}
