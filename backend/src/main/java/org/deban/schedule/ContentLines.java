package org.deban.schedule;

import java.nio.charset.StandardCharsets;

/**
 * Builds an RFC 5545 text stream: CRLF after every line, lines folded at 75 octets without splitting a UTF-8
 * character (Japanese is 3 octets a character, so folding by {@code char} count would overflow or split), and
 * TEXT values escaped.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** Adds a line given as is; the caller escapes TEXT values with {@link #text}. */
    ContentLines add(String line) {
        out.append(fold(line)).append("\r\n");
        return this;
    }

    /** Adds {@code NAME:value} with {@code value} escaped as TEXT. */
    ContentLines addText(String name, String value) {
        return add(name + ":" + text(value));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Folds after at most 75 octets; each continuation starts with one space, which counts towards its 75. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
