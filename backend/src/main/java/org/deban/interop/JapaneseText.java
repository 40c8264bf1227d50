package org.deban.interop;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Japanese text as lists spell it: full-width digits and letters, ideographic spaces, stray blanks. */
final class JapaneseText {
    private JapaneseText() {}

    /** NFKC (１７：００ → 17:00, ｶﾅ → カナ), trimmed of ordinary and ideographic spaces. */
    static String normalise(@Nullable String text) {
        if (text == null) return "";
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** The normalised text, or null when it is empty. */
    static @Nullable String orNull(@Nullable String text) {
        String s = normalise(text);
        return s.isEmpty() ? null : s;
    }

    /** What two names or addresses are compared by: normalised, without any spaces or hyphen variants. */
    static String key(@Nullable String text) {
        return normalise(text).replaceAll("[\\s\\-‐－ー—―]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
