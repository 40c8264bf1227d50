package org.deban.search.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A short passage of a stored text around the first place it matches the query, matches wrapped in 【 】. Terms are
 * found in the normalised text ({@link SearchText#normalize}: サロン matches ｻﾛﾝ and さろん) but the passage shows the
 * original characters.
 */
public final class Snippet {

    static final String OPEN = "【";
    static final String CLOSE = "】";
    static final String ELLIPSIS = "…";

    /** Share of the passage shown before the first match, so that the match is read in context. */
    private static final int CONTEXT_DIVISOR = 4;

    private Snippet() {}

    /**
     * @param maxChars the most characters of the original text shown; markers and ellipses come on top
     * @return the passage; the start of the text when no term matches
     */
    public static String of(String storedText, List<String> terms, int maxChars) {
        if (maxChars <= 0 || storedText.isEmpty()) {
            return "";
        }
        List<int[]> matches = matches(storedText, terms);
        int start = 0;
        if (!matches.isEmpty()) {
            int first = matches.get(0)[0];
            int firstLength = matches.get(0)[1] - first;
            start = Math.max(0, first - Math.max(0, maxChars - firstLength) / CONTEXT_DIVISOR);
        }
        int end = Math.min(storedText.length(), start + maxChars);
        start = Math.max(0, Math.min(start, end - maxChars));
        if (end < storedText.length() && Character.isHighSurrogate(storedText.charAt(end - 1))) {
            end--;
        }
        if (start > 0 && Character.isLowSurrogate(storedText.charAt(start))) {
            start++;
        }

        StringBuilder passage = new StringBuilder();
        if (start > 0) {
            passage.append(ELLIPSIS);
        }
        int at = start;
        for (int[] match : matches) {
            // Matches never overlap in the normalised text, but two may share one original character (㈱).
            int from = Math.max(Math.max(match[0], start), at);
            int to = Math.min(match[1], end);
            if (from >= to) {
                continue;
            }
            passage.append(storedText, at, from).append(OPEN);
            passage.append(storedText, from, to).append(CLOSE);
            at = to;
        }
        passage.append(storedText, at, end);
        if (end < storedText.length()) {
            passage.append(ELLIPSIS);
        }
        return passage.toString();
    }

    /** Non-overlapping matches as [start, end) in the original text, in text order; longer terms win overlaps. */
    private static List<int[]> matches(String storedText, List<String> terms) {
        SearchText.Normalized normalized = SearchText.normalizeWithSource(storedText);
        String text = normalized.text();
        List<String> needles = terms.stream()
                .map(SearchText::normalize)
                .filter(t -> !t.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        boolean[] taken = new boolean[text.length()];
        List<int[]> matches = new ArrayList<>();
        for (String needle : needles) {
            for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
                int end = i + needle.length();
                if (isFree(taken, i, end)) {
                    Arrays.fill(taken, i, end, true);
                    matches.add(
                            new int[] {normalized.sourceStart()[i], normalized.sourceEnd()[end - 1]});
                }
            }
        }
        matches.sort(Comparator.comparingInt(m -> m[0]));
        return matches;
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
