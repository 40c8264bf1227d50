package org.deban.search.text;

import java.util.List;
import org.deban.search.text.JapaneseAnalysis.Forms;

/**
 * One thing a query asks for, matched as a unit: a document scores once for each concept it matches, whatever form
 * of it (word, reading, bigrams; any synonym) it contains. Results thus rank by how much of the query they match.
 * Equal concepts are the same concept: 子ども食堂 and こども食堂 both become the one synonym group.
 */
sealed interface Concept {

    /** The analysed forms a document may contain to match this concept. */
    List<Forms> forms();

    /** Normalised surface strings to highlight in snippets. */
    List<String> highlightTerms();

    /** A group of synonyms: any member matches. */
    record Synonym(Synonyms.Group group) implements Concept {
        @Override
        public List<Forms> forms() {
            return group.forms();
        }

        @Override
        public List<String> highlightTerms() {
            return group.members().stream().map(SearchText::normalize).toList();
        }
    }

    /**
     * A query word as typed, between spaces or punctuation: found as its words in a row, by its reading or by its
     * character bigrams.
     */
    record Chunk(String text) implements Concept {
        @Override
        public List<Forms> forms() {
            return List.of(Forms.of(text));
        }

        @Override
        public List<String> highlightTerms() {
            return List.of(SearchText.normalize(text));
        }
    }

    /** One word (kuromoji term) of a query word that holds several: 絵が得意 → 絵 (a synonym), 得意. */
    record Word(String term) implements Concept {
        @Override
        public List<Forms> forms() {
            return List.of(Forms.word(term));
        }

        @Override
        public List<String> highlightTerms() {
            return List.of(term);
        }
    }
}
