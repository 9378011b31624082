package io.triad.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits search text into the tokens {@link SearchText} reads, as Lucene's classic parser would for the same text,
 * and refuses every character of its syntax that {@link SearchText} does not support.
 */
final class SearchTokens {
    /** Classic syntax that starts no word: what it is called when refused. */
    private static final String REFUSED = ":^[]{}~?\\/";
    /** Characters that end a word (and cannot start one), as in the classic parser. */
    private static final String SPECIAL = " \t\n\r\u3000+-!():^[]\"{}~*?\\/";

    enum Kind { WORD, PREFIX, PHRASE, BARE, PLUS, MINUS, NOT, AND, OR, LEFT, RIGHT, END }

    record Token(Kind kind, String text) {
        boolean isTerm() {
            return kind == Kind.WORD || kind == Kind.PREFIX || kind == Kind.PHRASE || kind == Kind.BARE;
        }
    }

    private final String text;
    private final List<Token> out = new ArrayList<>();
    private int at;

    private SearchTokens(String text) {
        this.text = text;
    }

    static List<Token> read(String text) {
        SearchTokens tokens = new SearchTokens(text);
        tokens.readAll();
        return tokens.out;
    }

    private void readAll() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (whitespace(c)) {
                at++;
            } else if (c == '"') {
                phrase();
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Kind.LEFT : Kind.RIGHT, String.valueOf(c)));
                at++;
            } else if (c == '+' || c == '-' || c == '!') {
                operator(c);
            } else if (c == '*') {
                throw new QuerySyntaxException("A wildcard must end a word of at least " + SearchText.MIN_PREFIX
                        + " letters");
            } else if (REFUSED.indexOf(c) >= 0) {
                throw new QuerySyntaxException("The search text cannot use '" + c + "': fields, ranges, fuzzy and "
                        + "regular-expression searches, boosts and escapes are not supported");
            } else {
                word();
            }
        }
    }

    /** {@code +}, {@code -} or {@code !} before a part, or on its own (followed by a space: a word of its own). */
    private void operator(char c) {
        at++;
        if (at < text.length() && whitespace(text.charAt(at))) {
            out.add(new Token(Kind.BARE, String.valueOf(c)));
        } else {
            out.add(new Token(c == '+' ? Kind.PLUS : c == '-' ? Kind.MINUS : Kind.NOT, String.valueOf(c)));
        }
    }

    private void phrase() {
        int close = text.indexOf('"', at + 1);
        if (close < 0) {
            throw new QuerySyntaxException("A quotation mark is not closed");
        }
        String inside = text.substring(at + 1, close);
        if (inside.indexOf('\\') >= 0) {
            throw new QuerySyntaxException("The search text cannot use '\\'");
        }
        out.add(new Token(Kind.PHRASE, inside));
        at = close + 1;
        refuseSuffix();
    }

    private void word() {
        int start = at;
        while (at < text.length() && (SPECIAL.indexOf(text.charAt(at)) < 0 || (at > start
                && (text.charAt(at) == '-' || text.charAt(at) == '+')))) {
            at++;
        }
        String word = text.substring(start, at);
        if (at < text.length() && text.charAt(at) == '*') {
            at++;
            boolean more = at < text.length() && !whitespace(text.charAt(at)) && text.charAt(at) != ')';
            if (more || word.codePointCount(0, word.length()) < SearchText.MIN_PREFIX) {
                throw new QuerySyntaxException("A wildcard must end a word of at least " + SearchText.MIN_PREFIX
                        + " letters");
            }
            out.add(new Token(Kind.PREFIX, word));
            return;
        }
        refuseSuffix();
        out.add(new Token(keyword(word), word));
    }

    /** Fuzzy and proximity {@code ~} or a boost {@code ^} right after a word or phrase. */
    private void refuseSuffix() {
        if (at < text.length() && (text.charAt(at) == '~' || text.charAt(at) == '^' || text.charAt(at) == '?')) {
            throw new QuerySyntaxException("The search text cannot use '" + text.charAt(at) + "'");
        }
    }

    private static Kind keyword(String word) {
        return switch (word) {
            case "AND", "&&" -> Kind.AND;
            case "OR", "||" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
    }
}
