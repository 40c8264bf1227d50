package org.deban.search.text;

import java.util.List;

/** Words that mean the same for matching a person's strengths to a role: the synonym list, normalised. */
public final class Equivalents {
    private Equivalents() {}

    /** The normal forms of the word and of its synonyms (調理 → 調理, 料理, クッキング, 厨房); the word alone otherwise. */
    public static List<String> of(String word) {
        List<Synonyms.Span> spans = Synonyms.standard().spans(Synonyms.terms(word));
        if (spans.size() == 1 && spans.getFirst().group() != null) {
            return spans.getFirst().group().members().stream()
                    .map(SearchText::normalize)
                    .distinct()
                    .toList();
        }
        return List.of(SearchText.normalize(word));
    }
}
