package org.deban.search.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a user's text as a list of {@link Concept}s. The text is only ever analysed, never parsed as syntax. */
final class Concepts {

    /** Only the start of a longer text is read: nobody types more into a search box, and it bounds the work. */
    static final int MAX_INPUT_CODE_POINTS = 200;

    /** Query words are separated by white space, punctuation (、。「」・…) and symbols (★, emoji, *, ~…). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    private Concepts() {}

    static List<Concept> of(String userText, Synonyms synonyms) {
        String capped = userText.codePoints()
                .limit(MAX_INPUT_CODE_POINTS)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        Set<Concept> concepts = new LinkedHashSet<>();
        for (String chunk : SEPARATORS.split(SearchText.normalizeWidth(capped))) {
            if (!chunk.isEmpty()) {
                addChunk(chunk, synonyms, concepts);
            }
        }
        return List.copyOf(concepts);
    }

    private static void addChunk(String chunk, Synonyms synonyms, Set<Concept> concepts) {
        if (chunk.codePoints().allMatch(SearchText::isKana)) {
            // Kuromoji cuts words typed in kana into odd pieces (さろん → さろ + ん, いなざわ → いな + ざわ):
            // kana is taken whole, as a synonym by its reading or else as a chunk found by its reading bigrams.
            Concept concept = synonyms.byReading(SearchText.normalize(chunk))
                    .<Concept>map(Concept.Synonym::new)
                    .orElse(new Concept.Chunk(chunk));
            concepts.add(concept);
            return;
        }
        List<String> terms = Synonyms.terms(chunk);
        List<Synonyms.Span> spans = synonyms.spans(
                terms.size() <= JapaneseAnalysis.MAX_TERMS ? terms : terms.subList(0, JapaneseAnalysis.MAX_TERMS));
        Synonyms.Group whole = spans.size() == 1 ? spans.get(0).group() : null;
        if (whole != null) {
            concepts.add(new Concept.Synonym(whole));
            return;
        }
        concepts.add(new Concept.Chunk(chunk));
        if (spans.size() > 1) {
            // Each word counts on its own too, so that 絵が得意 finds what has 絵 but not 得意.
            for (Synonyms.Span span : spans) {
                Synonyms.Group group = span.group();
                String term = span.terms().get(0);
                if (group != null) {
                    concepts.add(new Concept.Synonym(group));
                } else if (!isSingleKana(term)) {
                    concepts.add(new Concept.Word(term));
                }
            }
        }
    }

    /** A lone kana is a fragment kuromoji made, not a word worth finding on its own. */
    private static boolean isSingleKana(String term) {
        return term.codePointCount(0, term.length()) == 1 && SearchText.isKana(term.codePointAt(0));
    }
}
