package org.deban.search.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one normalisation of Japanese text, applied alike to what is indexed and what is typed.
 *
 * <p>Rules, in order, for each character (a base character together with the combining marks that follow it, so
 * that half-width ｶﾞ becomes ガ):
 *
 * <ol>
 *   <li>Unicode NFKC: full-width ASCII becomes ASCII (ＰＣ → PC), half-width katakana becomes full-width (ｺﾄﾞﾓ →
 *       コドモ), compatibility characters are spelled out (① → 1, ㈱ → (株)).
 *   <li>Lower case (PC → pc).
 *   <li>Hiragana becomes katakana (こども → コドモ), so that kana typed either way compare equal. Katakana is the
 *       canonical kana because it is also what kuromoji gives as a reading.
 *   <li>A dash-like character right after kana becomes the long-vowel mark ー (サ−ビス, ｻｰﾋﾞｽ → サービス).
 *   <li>The kana iteration marks ゝ ゞ ヽ ヾ are spelled out (いすゞ → イスズ). The kanji mark 々 stays: kuromoji
 *       knows words such as 人々 and people write them that way.
 *   <li>Any run of white space becomes one space; leading and trailing space goes.
 * </ol>
 *
 * <p>Kuromoji itself must see kana as written (it cannot split 絵ヲ描クノガ), so the analysers run it on {@link
 * #normalizeWidth} and fold the kana of each token afterwards.
 */
public final class SearchText {

    private SearchText() {}

    /** The canonical form of a text, for comparing what was typed with what was written. */
    public static String normalize(String text) {
        String plain = plain(text, true);
        return plain != null ? plain : byRules(text, true).text();
    }

    /** Every rule except the hiragana → katakana fold: the input for kuromoji. */
    static String normalizeWidth(String text) {
        String plain = plain(text, false);
        return plain != null ? plain : byRules(text, false).text();
    }

    /**
     * The normal form of a text that no rule but the kana fold touches (lower-case ASCII letters and digits, kana,
     * ー, kanji, single spaces between them), or null when a rule may apply. Most text indexed is like this; the
     * general path below costs a Normalizer call per character.
     */
    private static String plain(String text, boolean foldKana) {
        char[] chars = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x3041 && c <= 0x3096) {
                if (foldKana) {
                    if (chars == null) chars = text.toCharArray();
                    chars[i] = (char) (c + 0x60);
                }
            } else if (c == ' ') {
                if (i == 0 || i == length - 1 || text.charAt(i - 1) == ' ') return null;
            } else if (!((c >= 0x30A1 && c <= 0x30FA)
                    || c == 0x30FC
                    || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9'))) {
                return null;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The canonical form, with the original range of every character: for snippets that show the original. */
    static Normalized normalizeWithSource(String text) {
        String plain = plain(text, true);
        if (plain == null) return byRules(text, true);
        // Plain text keeps its length: character i comes from character i.
        int[] start = new int[plain.length()];
        int[] end = new int[plain.length()];
        for (int i = 0; i < start.length; i++) {
            start[i] = i;
            end[i] = i + 1;
        }
        return new Normalized(plain, start, end);
    }

    /**
     * A normalised text; {@code sourceStart[i]} and {@code sourceEnd[i]} delimit the original characters that gave
     * character {@code i}.
     */
    record Normalized(String text, int[] sourceStart, int[] sourceEnd) {}

    /** The rules above, character by character. */
    static Normalized byRules(String text, boolean foldKana) {
        Builder out = new Builder(text.length(), foldKana);
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < text.length() && isCombining(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            int cp = text.codePointAt(i);
            if (end == i + Character.charCount(cp) && isNfkcStable(cp)) {
                out.add(cp, i, end);
            } else {
                String unit = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC);
                for (int k = 0; k < unit.length(); k += Character.charCount(unit.codePointAt(k))) {
                    out.add(unit.codePointAt(k), i, end);
                }
            }
            i = end;
        }
        return out.build();
    }

    /**
     * Characters NFKC leaves as they are, standing alone: printable ASCII, hiragana and katakana (but not ゟ, ゛, ゜ or
     * ヿ), ー and the unified kanji. Most of any Japanese text; checking them first spares the Normalizer call.
     */
    private static boolean isNfkcStable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0x3041 && cp <= 0x3096)
                || (cp >= 0x30A1 && cp <= 0x30FA)
                || cp == 0x30FC
                || (cp >= 0x4E00 && cp <= 0x9FFF);
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0xFF9E // half-width voiced sound mark ﾞ
                || cp == 0xFF9F; // half-width semi-voiced sound mark ﾟ
    }

    static boolean isKana(int cp) {
        return (cp >= 0x3041 && cp <= 0x309F) || (cp >= 0x30A1 && cp <= 0x30FF);
    }

    private static final class Builder {
        private final StringBuilder text;
        private final boolean foldKana;
        private int[] sourceStart;
        private int[] sourceEnd;

        Builder(int capacity, boolean foldKana) {
            this.text = new StringBuilder(capacity);
            this.foldKana = foldKana;
            this.sourceStart = new int[capacity + 1];
            this.sourceEnd = new int[capacity + 1];
        }

        void add(int codePoint, int from, int to) {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    append(' ', from, to);
                }
                return;
            }
            int cp = Character.toLowerCase(codePoint);
            int previous = text.isEmpty() ? -1 : text.codePointBefore(text.length());
            if (isDash(cp) && previous != -1 && isKana(previous)) {
                cp = 'ー';
            } else if (cp == 'ゝ' || cp == 'ヽ' || cp == 'ゞ' || cp == 'ヾ') {
                cp = repeat(cp, previous);
            }
            if (foldKana && cp >= 0x3041 && cp <= 0x3096) {
                cp += 0x60; // ぁ..ゖ → ァ..ヶ
            }
            append(cp, from, to);
        }

        /** The kana an iteration mark stands for: the previous one, voiced for ゞ and ヾ (す ゞ → すず). */
        private static int repeat(int mark, int previous) {
            if (previous == -1 || !isKana(previous)) {
                return mark;
            }
            if (mark == 'ゞ' || mark == 'ヾ') {
                String voiced = Normalizer.normalize(Character.toString(previous) + '\u3099', Normalizer.Form.NFC);
                return voiced.codePointCount(0, voiced.length()) == 1 ? voiced.codePointAt(0) : previous;
            }
            return previous;
        }

        private static boolean isDash(int cp) {
            return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
        }

        private void append(int cp, int from, int to) {
            for (char c : Character.toChars(cp)) {
                if (text.length() == sourceStart.length) {
                    sourceStart = Arrays.copyOf(sourceStart, sourceStart.length * 2);
                    sourceEnd = Arrays.copyOf(sourceEnd, sourceEnd.length * 2);
                }
                sourceStart[text.length()] = from;
                sourceEnd[text.length()] = to;
                text.append(c);
            }
        }

        Normalized build() {
            int length = text.length();
            if (length > 0 && text.charAt(length - 1) == ' ') {
                length--;
            }
            return new Normalized(
                    text.substring(0, length), Arrays.copyOf(sourceStart, length), Arrays.copyOf(sourceEnd, length));
        }
    }
}
