package io.triad.domain.validation;

/**
 * The code points no text Triad accepts may hold (OWASP ASVS 5.0 V2.2.1, V1.3.3): control characters (C0 but tab,
 * line feed and carriage return in text of several lines; DEL; C1), lone surrogates, non-characters, the replacement
 * character (what invalid UTF-8 decodes to), the byte-order mark inside text, and the bidirectional embeddings,
 * overrides and isolates that make text read differently from what it holds. PostgreSQL refuses NUL in text and
 * jsonb, so this check is also what keeps such values away from it.
 */
public final class Characters {
    private Characters() {
    }

    /** The index of the first forbidden code point of {@code text}, or -1; {@code lines}: text of several lines. */
    public static int firstForbidden(String text, boolean lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (nonCharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    return i;
                }
                i++;
            } else if (forbidden(c, lines)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds no forbidden code point, as text of one line. */
    public static boolean clean(String text) {
        return text != null && firstForbidden(text, false) < 0;
    }

    /** The code point at {@code index}, written {@code U+0000}. */
    public static String name(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /**
     * {@code text} fit to be shown back (in a violation's field path): forbidden code points replaced by U+FFFD and at
     * most {@code max} characters.
     */
    public static String printable(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(forbidden(c, false) && c != '\uFFFD' ? '\uFFFD' : c);
            }
        }
        return out.length() < text.length() && out.length() >= max ? out.append('…').toString() : out.toString();
    }

    private static boolean forbidden(char c, boolean lines) {
        if (c < 0x20) {
            return !(lines && (c == '\t' || c == '\n' || c == '\r'));
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029') {
            return !lines;
        }
        return Character.isSurrogate(c) || c == '\uFFFD' || c == '\uFEFF' || nonCharacter(c)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean nonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
