package org.deban.gis.address;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the many ways of writing a Japanese address to one form, so that two spellings of the same
 * place compare equal. Both sides of a comparison — the typed address and the town list — go
 * through {@link #normalize}. The rules, in order:
 *
 * <ol>
 *   <li>Unicode NFKC: full-width digits and letters become ASCII ("１" → "1"), half-width kana
 *       become full-width ("ｹ" → "ケ"), "－" becomes "-".
 *   <li>All white space is removed, including the full-width space.
 *   <li>Hyphen-like characters become "-": ‐ ‑ ‒ – — ― − ─, and the long-vowel mark ー only right
 *       after a digit ("1ー5" typed with the IME), since elsewhere it is part of a katakana name.
 *       The wave dash 〜 is left alone.
 *   <li>"大字" is removed wherever it appears ("平和町大字須ケ谷" → "平和町須ケ谷"); no town name in the
 *       town lists contains it. "字" and "小字" are <em>not</em> removed here, because "字" alone
 *       can be part of a name; {@link TownMatcher} drops them with {@link #withoutAzaPrefix} at the
 *       two places where a 字 name starts: after the city and after the 大字.
 *   <li>ヶ, ヵ, ケ, カ and が become ケ when a kanji follows and a kanji or kana precedes (寺ヶ峪 =
 *       寺ケ峪 = 寺が峪, ひばりヶ丘 = ひばりが丘). The town lists mix the forms; ケ is simply the one
 *       chosen.
 *   <li>之, ノ and の become ノ between two kanji (井之口 = 井ノ口 = 井の口).
 *   <li>Digits before 丁目, 丁 or 番町 become kanji numerals, as the town lists write them ("1丁目" →
 *       "一丁目", "12丁目" → "十二丁目"). The form "池部町1-5-3", where the first number is the 丁目,
 *       needs to know which towns have 丁目 and is left to {@link TownMatcher}.
 * </ol>
 */
public final class AddressNormalizer {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u2500]");
    private static final Pattern LONG_VOWEL_AFTER_DIGIT = Pattern.compile("(?<=[0-9])ー");
    private static final Pattern KE =
            Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])[ヶヵケカが](?=\\p{IsHan})");
    private static final Pattern NO = Pattern.compile("(?<=\\p{IsHan})[之ノの](?=\\p{IsHan})");
    private static final Pattern CHOME_DIGITS = Pattern.compile("(?<![0-9])([0-9]{1,4})(?=丁|番町)");

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String UNITS = "十百千";
    private static final int[] UNIT_VALUES = {10, 100, 1000};

    private AddressNormalizer() {}

    /** The normalised form of an address or a place name; see the class comment for the rules. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = WHITESPACE.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        s = LONG_VOWEL_AFTER_DIGIT.matcher(s).replaceAll("-");
        s = s.replace("大字", "");
        s = KE.matcher(s).replaceAll("ケ");
        s = NO.matcher(s).replaceAll("ノ");
        Matcher digits = CHOME_DIGITS.matcher(s);
        return digits.replaceAll(match -> kanjiNumber(Integer.parseInt(match.group(1))));
    }

    /**
     * The text without a leading "字" or "小字" (as in "池部町字向丁長"), when something follows it;
     * otherwise the text unchanged.
     */
    public static String withoutAzaPrefix(String text) {
        for (String prefix : new String[] {"小字", "字"}) {
            if (text.startsWith(prefix) && text.length() > prefix.length()) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }

    /** 0..9999 in kanji, as 丁目 are written: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 100 → 百, 0 → 〇. */
    public static String kanjiNumber(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("only 0..9999 are written in kanji here, not " + n);
        }
        if (n == 0) {
            return "〇";
        }
        StringBuilder kanji = new StringBuilder();
        for (int i = UNITS.length() - 1; i >= 0; i--) {
            int digit = n / UNIT_VALUES[i] % 10;
            if (digit > 1) {
                kanji.append(DIGITS.charAt(digit));
            }
            if (digit > 0) {
                kanji.append(UNITS.charAt(i));
            }
        }
        if (n % 10 > 0) {
            kanji.append(DIGITS.charAt(n % 10));
        }
        return kanji.toString();
    }

    /**
     * The value of a kanji numeral: the usual form with 十, 百, 千 ("十二" → 12, "二十" → 20, "百五"
     * → 105), or digit by digit without them ("二〇" → 20). Empty for anything else, including "".
     */
    public static OptionalInt parseKanjiNumber(String kanji) {
        if (kanji.isEmpty()) {
            return OptionalInt.empty();
        }
        boolean positional = kanji.chars().noneMatch(c -> UNITS.indexOf(c) >= 0);
        int total = 0;
        int digit = -1; // the digit read but not yet multiplied, or -1
        int lastUnit = Integer.MAX_VALUE;
        for (char c : kanji.toCharArray()) {
            int d = DIGITS.indexOf(c);
            int u = UNITS.indexOf(c);
            if (d >= 0 && positional) {
                total = total * 10 + d;
            } else if (d > 0 && digit < 0) {
                digit = d;
            } else if (u >= 0) {
                int unit = UNIT_VALUES[u];
                if (unit >= lastUnit) {
                    return OptionalInt.empty(); // "十百", "二十十"
                }
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                lastUnit = unit;
            } else {
                return OptionalInt.empty(); // not a numeral, or "二三十", or 〇 among 十百千
            }
        }
        return OptionalInt.of(digit < 0 ? total : total + digit);
    }
}
