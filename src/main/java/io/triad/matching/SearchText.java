package io.triad.matching;

import io.triad.domain.validation.Characters;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The directory's search text, read by a grammar of our own (OWASP ASVS 5.0 V1.2.4, V2.2.1): words, "quoted phrases",
 * {@code +required} and {@code -excluded} parts ({@code NOT}, {@code !}), {@code AND}, {@code OR}, parentheses, and a
 * trailing {@code *} on a word of two letters or more. Everything else Lucene's classic syntax knows is refused:
 * fields ({@code key:x}), regular expressions, leading or inner wildcards, fuzzy and proximity {@code ~}, boosts
 * {@code ^}, ranges, escapes. Text, terms, nesting and the clauses of the final query are bounded, so no search costs
 * more than a plain one.
 *
 * <p>What the parts mean is the classic parser's: each run of words, phrase or prefix becomes the same query through
 * {@link MultiFieldQueryParser}'s field queries (both language fields, the same analyzers) and its clause rules, so an
 * ordinary search finds exactly what it found before. The classic grammar itself is never run.
 */
final class SearchText extends MultiFieldQueryParser {
    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 32;
    static final int MAX_DEPTH = 8;
    static final int MAX_CLAUSES = 256;
    static final int MIN_PREFIX = 2;
    /** The values {@link #addClause} reads (package-private in Lucene's parser). */
    private static final int CONJ_NONE = 0;
    private static final int CONJ_AND = 1;
    private static final int CONJ_OR = 2;
    private static final int MOD_NONE = 0;
    private static final int MOD_NOT = 10;
    private static final int MOD_REQ = 11;

    private final List<SearchTokens.Token> tokens;
    private int at;

    private SearchText(List<SearchTokens.Token> tokens) {
        super(new String[] {TextAnalysis.TEXT_EN, TextAnalysis.TEXT_FR}, TextAnalysis.PER_FIELD);
        setDefaultOperator(Operator.OR);
        this.tokens = tokens;
    }

    /** The query for {@code text}, or a {@link QuerySyntaxException} saying what is not allowed. */
    static Query read(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("The search text is longer than " + MAX_LENGTH + " characters");
        }
        int bad = Characters.firstForbidden(text, false);
        if (bad >= 0) {
            throw new QuerySyntaxException("The search text holds " + Characters.name(text, bad)
                    + ", which is not allowed");
        }
        List<SearchTokens.Token> tokens = SearchTokens.read(text);
        long terms = tokens.stream().filter(SearchTokens.Token::isTerm).count();
        if (terms > MAX_TERMS) {
            throw new QuerySyntaxException("The search text has more than " + MAX_TERMS + " words");
        }
        try {
            Query query = new SearchText(tokens).top();
            bounded(query);
            return query;
        } catch (ParseException e) {
            throw new QuerySyntaxException("The search text could not be read: " + e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("The search text is too broad");
        }
    }

    private Query top() throws ParseException {
        Query query = query(0);
        if (peek(0) != SearchTokens.Kind.END) {
            throw new ParseException("a closing parenthesis has no opening one");
        }
        return query == null ? newBooleanQuery().build() : query;
    }

    /** The classic parser's {@code Query} production, for the parts this grammar has. */
    private Query query(int depth) throws ParseException {
        if (depth > MAX_DEPTH) {
            throw new ParseException("parentheses are nested more than " + MAX_DEPTH + " deep");
        }
        List<BooleanClause> clauses = new ArrayList<>();
        Query first;
        if (multiTermStarts()) {
            first = multiTerm(clauses);
        } else {
            int mods = modifiers();
            Query q = clause(depth);
            addClause(clauses, CONJ_NONE, mods, q);
            first = mods == MOD_NONE ? q : null;
        }
        while (peek(0) != SearchTokens.Kind.END && peek(0) != SearchTokens.Kind.RIGHT) {
            if (multiTermStarts()) {
                multiTerm(clauses);
            } else {
                int conj = conjunction();
                int mods = modifiers();
                addClause(clauses, conj, mods, clause(depth));
            }
        }
        return clauses.size() == 1 && first != null ? first : getBooleanQuery(clauses);
    }

    /** Two words in a row, the second not followed by AND or OR: analysed together, as the classic parser does. */
    private boolean multiTermStarts() {
        return peek(0) == SearchTokens.Kind.WORD && peek(1) == SearchTokens.Kind.WORD && allowedAfterRun(peek(2));
    }

    private Query multiTerm(List<BooleanClause> clauses) throws ParseException {
        StringBuilder text = new StringBuilder(next().text());
        while (peek(0) == SearchTokens.Kind.WORD && allowedAfterRun(peek(1))) {
            text.append(' ').append(next().text());
        }
        Query q = getFieldQuery(null, text.toString(), false);
        addMultiTermClauses(clauses, q);
        return q;
    }

    private static boolean allowedAfterRun(SearchTokens.Kind kind) {
        return kind != SearchTokens.Kind.AND && kind != SearchTokens.Kind.OR;
    }

    private int conjunction() {
        SearchTokens.Kind kind = peek(0);
        if (kind == SearchTokens.Kind.AND || kind == SearchTokens.Kind.OR) {
            next();
            return kind == SearchTokens.Kind.AND ? CONJ_AND : CONJ_OR;
        }
        return CONJ_NONE;
    }

    private int modifiers() {
        return switch (peek(0)) {
            case PLUS -> {
                next();
                yield MOD_REQ;
            }
            case MINUS, NOT -> {
                next();
                yield MOD_NOT;
            }
            default -> MOD_NONE;
        };
    }

    private Query clause(int depth) throws ParseException {
        SearchTokens.Token token = next();
        return switch (token.kind()) {
            case LEFT -> {
                Query inner = query(depth + 1);
                if (next().kind() != SearchTokens.Kind.RIGHT) {
                    throw new ParseException("a parenthesis is not closed");
                }
                yield inner;
            }
            case WORD, BARE -> getFieldQuery(null, token.text(), false);
            case PREFIX -> getPrefixQuery(null, token.text());
            case PHRASE -> getFieldQuery(null, token.text(), getPhraseSlop());
            case END -> throw new ParseException("the search text ends where a word was expected");
            default -> throw new ParseException("a word was expected before " + token.text());
        };
    }

    private SearchTokens.Kind peek(int ahead) {
        return at + ahead < tokens.size() ? tokens.get(at + ahead).kind() : SearchTokens.Kind.END;
    }

    private SearchTokens.Token next() {
        return at < tokens.size() ? tokens.get(at++) : new SearchTokens.Token(SearchTokens.Kind.END, "the end");
    }

    /** At most {@link #MAX_CLAUSES} terms in the final query, whatever analysis made of the words. */
    private static void bounded(Query query) {
        int[] leaves = new int[1];
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, org.apache.lucene.index.Term... terms) {
                leaves[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query q) {
                leaves[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (leaves[0] > MAX_CLAUSES || (query instanceof BooleanQuery b && b.clauses().size() > MAX_CLAUSES)) {
            throw new QuerySyntaxException("The search text is too broad");
        }
    }
}
