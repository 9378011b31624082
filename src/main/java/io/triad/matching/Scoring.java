package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The fit score, in [0, 1], of a student for an opening. It measures fit only, never funding or a
 * sensitive field:
 * <pre>
 * score = 0.40 · skills     matched opening skills / opening skills (synonyms and word forms count)
 *       + 0.25 · text       b / bmax: b = BM25 of the opening's title, description and skills against
 *                           the student's skills, field and bio (English or French analysis), bmax
 *                           the largest BM25 those query terms can reach (the sum of their IDFs)
 *       + 0.15 · region     1 when the opening is remote or the student is in the startup's region,
 *                           0.5 in the same country, else 0
 *       + 0.10 · workMode   1 when the student lists the opening's work mode, 0.5 when they list none
 *       + 0.10 · interests  1 when one of the student's interests is one of the startup's sectors
 * </pre>
 * Level and field are opening-fit filters, so every ranked student already fits them.
 */
final class Scoring {
    static final float SKILLS = 0.40f;
    static final float TEXT = 0.25f;
    static final float REGION = 0.15f;
    static final float WORK_MODE = 0.10f;
    static final float INTERESTS = 0.10f;

    private Scoring() {
    }

    static String country(String region) {
        int dash = region.indexOf('-');
        return dash < 0 ? region : region.substring(0, dash);
    }

    static String studentText(StudentDoc t) {
        return String.join("\n", Stream.of(String.join(", ", t.skills()), t.field().name().replace('_', ' '), t.bio())
                .filter(Objects::nonNull).toList());
    }

    static String openingText(OpeningDoc o) {
        return String.join("\n", Stream.of(o.title(), o.description(), String.join(", ", o.skills()))
                .filter(Objects::nonNull).toList());
    }

    static List<String> canonicalSkills(List<String> skills) {
        return new ArrayList<>(new LinkedHashSet<>(skills.stream().map(TextAnalysis::canonicalSkill)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** The opening's skills, spelt as in the opening, that one of the student's skills matches. */
    static List<String> matchedSkills(OpeningDoc o, StudentDoc t) {
        Set<String> have = new LinkedHashSet<>(canonicalSkills(t.skills()));
        return o.skills().stream().filter(s -> have.contains(TextAnalysis.canonicalSkill(s))).toList();
    }

    static Query anyTerm(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query weighted(Query q, float weight) {
        return new BoostQuery(new ConstantScoreQuery(q), weight);
    }

    /**
     * A clause of constant weight: the students with one of the values of a keyword field ({@code values} null:
     * every student).
     */
    record Keyword(String field, List<String> values, float weight) {
        Query query() {
            Query match = values == null ? new MatchAllDocsQuery()
                    : values.size() == 1 ? new TermQuery(new Term(field, values.get(0))) : anyTerm(field, values);
            return weighted(match, weight);
        }
    }

    /** A text clause: one term of a text field, scored by BM25 and weighted. */
    record TextTerm(Term term, Query query) {
    }

    /**
     * The score formula's clauses for an opening: the keywords, each of constant weight, and the text terms. As
     * SHOULD clauses of one query ({@link #query}), the Lucene score of a student is exactly {@link #score}: the sum of
     * the weights of the keywords they have and of the scores of the text terms they have. Every clause has a known
     * maximum, so Lucene can skip students who cannot reach the top k, and {@link FormulaScorer} adds the same numbers.
     * Every student who fits the opening has one of the two work-mode keywords (the fit filter requires the opening's
     * mode or none listed), as {@link FilteredTopK} needs.
     */
    record Clauses(List<Keyword> keywords, List<TextTerm> text) {
        Query query() {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            keywords.forEach(k -> q.add(k.query(), Occur.SHOULD));
            text.forEach(t -> q.add(t.query(), Occur.SHOULD));
            return q.build();
        }
    }

    /** The score formula's clauses for the opening, the text terms' statistics from {@code lookup} (null: looked up). */
    static Clauses clauses(OpeningDoc o, StartupDoc s, IndexSearcher searcher, TermLookup lookup) throws IOException {
        List<Keyword> keywords = new ArrayList<>();
        List<String> skills = canonicalSkills(o.skills());
        for (String skill : skills) {
            keywords.add(new Keyword("skill", List.of(skill), SKILLS / skills.size()));
        }
        if (o.workMode() == WorkMode.REMOTE) {
            keywords.add(new Keyword("region", null, REGION));
        } else {
            keywords.add(new Keyword("region", List.of(s.region()), REGION / 2));
            keywords.add(new Keyword("country", List.of(country(s.region())), REGION / 2));
        }
        keywords.add(new Keyword("workMode", List.of(o.workMode().name()), WORK_MODE));
        keywords.add(new Keyword("workMode", List.of(StudentIndex.ANY), WORK_MODE / 2));
        if (!s.sectors().isEmpty()) {
            keywords.add(new Keyword("interest", s.sectors().stream().map(Enum::name).toList(), INTERESTS));
        }
        return new Clauses(keywords, textTerms(fieldTerms(searcher, tokens(openingText(o)), lookup), TEXT));
    }

    /**
     * The most any student of a segment can score for the opening ({@link #clauses}), from which of the
     * clauses' terms occur in the segment at all: a clause whose term is absent scores nothing there, any other at most
     * its boost (a text term at most its boost times its IDF; a student has one text field). Terms from {@code lookup}.
     */
    static SegmentBound segmentBound(IndexSearcher searcher, OpeningDoc o, StartupDoc s, TermLookup lookup)
            throws IOException {
        List<String> skills = canonicalSkills(o.skills());
        FieldTerms[] text = fieldTerms(searcher, tokens(openingText(o)), lookup);
        double max = bmax(text);
        boolean remote = o.workMode() == WorkMode.REMOTE;
        return new SegmentBound(skills.isEmpty() ? 0 : SKILLS / skills.size(), lookup.states("skill", skills), text,
                max == 0 ? 0 : (float) (TEXT / max),
                remote ? null : lookup.states("region", List.of(s.region()))[0],
                remote ? null : lookup.states("country", List.of(country(s.region())))[0], remote,
                lookup.states("workMode", List.of(o.workMode().name(), StudentIndex.ANY)),
                lookup.states("interest", s.sectors().stream().map(Enum::name).toList()));
    }

    record SegmentBound(float perSkill, TermStates[] skills, FieldTerms[] text, float textBoost, TermStates region,
            TermStates country, boolean remote, TermStates[] workModes, TermStates[] interests) {
        double of(LeafReaderContext leaf) throws IOException {
            double bound = 0;
            for (TermStates skill : skills) {
                bound += in(skill, leaf) ? perSkill : 0;
            }
            double bestText = 0;
            for (FieldTerms f : text) {
                double sum = 0;
                for (int k = 0; f != null && k < f.states().length; k++) {
                    sum += f.idf()[k] > 0 && in(f.states()[k], leaf) ? textBoost * f.idf()[k] : 0;
                }
                bestText = Math.max(bestText, sum);
            }
            bound += bestText;
            bound += remote ? REGION : (in(region, leaf) ? REGION / 2 : 0) + (in(country, leaf) ? REGION / 2 : 0);
            bound += in(workModes[0], leaf) ? WORK_MODE : in(workModes[1], leaf) ? WORK_MODE / 2 : 0;
            for (TermStates interest : interests) {
                if (in(interest, leaf)) {
                    bound += INTERESTS;
                    break;
                }
            }
            return bound + 1e-3; // above any float rounding of the clauses' sum
        }

        private static boolean in(TermStates term, LeafReaderContext leaf) throws IOException {
            return term.get(leaf) != null;
        }
    }

    /** {@link #addTextClauses} as one query. */
    static Query textClause(IndexSearcher searcher, String text, float weight) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        return addTextClauses(b, searcher, text, weight) ? b.build() : new MatchNoDocsQuery();
    }

    /**
     * Adds {@code weight · BM25 / bmax} of {@code text} over both text fields, one clause per analysed token in
     * English and in French (flat, so that Lucene's MaxScore pruning sees every term's own maximum). A document
     * holds one of the two fields, so bmax is the larger field's sum of IDFs, BM25's limit for those terms
     * (Lucene's BM25 term score tends to its IDF). Returns whether any term occurs in the index.
     */
    static boolean addTextClauses(BooleanQuery.Builder q, IndexSearcher searcher, String text, float weight)
            throws IOException {
        return addTextClauses(q, fieldTerms(searcher, tokens(text), null), weight);
    }

    private static boolean addTextClauses(BooleanQuery.Builder q, FieldTerms[] fields, float weight) {
        List<TextTerm> text = textTerms(fields, weight);
        text.forEach(t -> q.add(t.query(), Occur.SHOULD));
        return !text.isEmpty();
    }

    /** The clauses of {@link #addTextClauses}: the tokens that occur in the index. */
    private static List<TextTerm> textTerms(FieldTerms[] fields, float weight) {
        double max = bmax(fields);
        List<TextTerm> out = new ArrayList<>();
        for (FieldTerms f : fields) {
            for (int k = 0; f != null && k < f.tokens().size(); k++) {
                if (f.states()[k].docFreq() > 0) {
                    Term term = new Term(f.field(), f.tokens().get(k));
                    Query scored = new BoostQuery(new TermQuery(term, f.states()[k]), (float) (weight / max));
                    out.add(new TextTerm(term, scored));
                }
            }
        }
        return out;
    }

    /** The statistics of terms of a field, as {@link #termStates} gives them, perhaps kept from earlier look-ups. */
    @FunctionalInterface
    interface TermLookup {
        TermStates[] states(String field, List<String> tokens) throws IOException;
    }

    /** The text fields, in the order of {@link #fieldTerms}. */
    private static final List<String> TEXT_FIELDS = List.of(TextAnalysis.TEXT_EN, TextAnalysis.TEXT_FR);

    /**
     * One text field's analysed tokens of a text, their statistics, their IDFs (0 for a token not in the index), and
     * the field's average length.
     */
    private record FieldTerms(String field, List<String> tokens, TermStates[] states, double[] idf,
            double averageLength) {
        double sum() {
            double sum = 0;
            for (double i : idf) {
                sum += i;
            }
            return sum;
        }
    }

    /** bmax: the larger field's sum of IDFs. */
    private static double bmax(FieldTerms[] fields) {
        return Arrays.stream(fields).filter(Objects::nonNull).mapToDouble(FieldTerms::sum).max().orElse(0);
    }

    /** The text's analysed tokens for each of {@link #TEXT_FIELDS}, as many as the clauses may hold. */
    private static List<List<String>> tokens(String text) {
        List<List<String>> out = new ArrayList<>(TEXT_FIELDS.size());
        for (String field : TEXT_FIELDS) {
            Analyzer analyzer = field.equals(TextAnalysis.TEXT_EN) ? TextAnalysis.ENGLISH : TextAnalysis.FRENCH;
            out.add(TextAnalysis.tokens(analyzer, field, text).stream().limit(IndexSearcher.getMaxClauseCount() / 4)
                    .toList());
        }
        return out;
    }

    /** {@link FieldTerms} of each of {@link #TEXT_FIELDS} for its {@code tokens}, null for a field no document has. */
    private static FieldTerms[] fieldTerms(IndexSearcher searcher, List<List<String>> tokens, TermLookup lookup)
            throws IOException {
        FieldTerms[] out = new FieldTerms[TEXT_FIELDS.size()];
        for (int f = 0; f < out.length; f++) {
            String field = TEXT_FIELDS.get(f);
            CollectionStatistics collection = searcher.collectionStatistics(field);
            if (collection == null) {
                continue;
            }
            List<String> fieldTokens = tokens.get(f);
            TermStates[] states = lookup == null ? termStates(searcher, field, fieldTokens)
                    : lookup.states(field, fieldTokens);
            double[] idf = new double[states.length];
            for (int k = 0; k < states.length; k++) {
                if (states[k].docFreq() > 0) {
                    long n = states[k].docFreq();
                    idf[k] = Math.log(1 + (collection.docCount() - n + 0.5D) / (n + 0.5D));
                }
            }
            out[f] = new FieldTerms(field, fieldTokens, states, idf,
                    collection.sumTotalTermFreq() / (double) collection.docCount());
        }
        return out;
    }

    /**
     * What the text clauses of a text ({@link #addTextClauses}) depend on at one reader version, besides a student's
     * own terms: per field of {@link #TEXT_FIELDS} the text's tokens, and (null when no document has the field) the
     * IDF of each (0 when not in the index) and the field's average length; and bmax. Holds no reader.
     */
    record TextStats(List<List<String>> tokens, float[][] idf, double[] averageLength, double max) {
    }

    /** Kept with a ranking of each opening: its tokens interned, since the openings share most of their words. */
    static TextStats textStats(IndexSearcher searcher, String text) throws IOException {
        List<List<String>> tokens = tokens(text).stream()
                .map(field -> field.stream().map(String::intern).toList()).toList();
        return textStats(fieldTerms(searcher, tokens, null), tokens);
    }

    /** {@code then}'s text at the version of {@code searcher}, its terms' statistics from {@code lookup}. */
    static TextStats textStats(IndexSearcher searcher, TextStats then, TermLookup lookup) throws IOException {
        return textStats(fieldTerms(searcher, then.tokens(), lookup), then.tokens());
    }

    private static TextStats textStats(FieldTerms[] fields, List<List<String>> tokens) {
        float[][] idf = new float[fields.length][];
        double[] averageLength = new double[fields.length];
        for (int f = 0; f < fields.length; f++) {
            if (fields[f] != null) {
                idf[f] = new float[fields[f].idf().length];
                for (int k = 0; k < idf[f].length; k++) {
                    idf[f][k] = (float) fields[f].idf()[k];
                }
                averageLength[f] = fields[f].averageLength();
            }
        }
        return new TextStats(tokens, idf, averageLength, bmax(fields));
    }

    /**
     * The most the text clauses ({@code weight}) of one text can score a student higher at the version of
     * {@code after} than at that of {@code before}, for a student whose document is in both (its terms, frequencies
     * and length unchanged): only the other students moved the statistics. Per term, BM25's
     * {@code idf · f / (f + k1 · (1 − b + b · L / A))} changes by the ratio of the IDFs times at most
     * {@code max(1, A_after / A_before)} ({@code A} the field's average length), and the share by bmax's ratio
     * {@code before / after}. The share being at most 1, its rise is at most the largest of those factors minus one.
     * A token in the index at only one of the versions cannot be the student's.
     */
    static double textRise(TextStats before, TextStats after, float weight) {
        if (before.max() == 0 || after.max() == 0) {
            return 0; // the student has no token of the text at one version, so none at the other
        }
        double most = 0;
        for (int f = 0; f < before.idf().length; f++) {
            float[] then = before.idf()[f];
            float[] now = after.idf()[f];
            if (then == null || now == null) {
                continue;
            }
            double lengths = Math.max(1, after.averageLength()[f] / before.averageLength()[f]);
            for (int k = 0; k < then.length; k++) {
                if (then[k] > 0 && now[k] > 0) {
                    most = Math.max(most, (double) now[k] / then[k] * lengths);
                }
            }
        }
        return weight * Math.max(0, most * before.max() / after.max() - 1);
    }

    /**
     * What {@code TermStates.build(searcher, term, true)} gives for each token of {@code field}, with one terms enum
     * per segment for all of them. Built term by term, each term opened an enum per segment (their frames were the
     * largest allocation of a query at 1M students) and handed its segments to the searcher's executor.
     */
    static TermStates[] termStates(IndexSearcher searcher, String field, List<String> tokens)
            throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates[] states = new TermStates[tokens.size()];
        BytesRef[] bytes = new BytesRef[tokens.size()];
        for (int k = 0; k < states.length; k++) {
            states[k] = new TermStates(top);
            bytes[k] = new BytesRef(tokens.get(k));
        }
        for (LeafReaderContext leaf : top.leaves()) {
            TermsEnum terms = Terms.getTerms(leaf.reader(), field).iterator();
            for (int k = 0; k < states.length; k++) {
                if (terms.seekExact(bytes[k])) {
                    states[k].register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
                }
            }
        }
        return states;
    }

    /**
     * The same formula in Java, for rankings computed outside Lucene (student to openings), from its parts:
     * {@code matched} of the opening's {@code skills} analysed skills ({@link #canonicalSkills}), the text's share of
     * its maximum, {@link #regionFit}, the work mode's fit (1 when the student lists the opening's, 0.5 when they list
     * none, else 0) and whether the student's interests share a sector with the startup. The parts are added in the
     * formula's order.
     */
    static float score(int matched, int skills, double textFraction, float regionFit, float workModeFit,
            boolean sharedSector) {
        float total = skills == 0 ? 0 : SKILLS * matched / skills;
        total += (float) (TEXT * textFraction);
        total += REGION * regionFit;
        total += WORK_MODE * workModeFit;
        total += sharedSector ? INTERESTS : 0;
        return total;
    }

    static float regionFit(OpeningDoc o, StartupDoc s, StudentDoc t) {
        if (o.workMode() == WorkMode.REMOTE || t.region().equals(s.region())) {
            return 1f;
        }
        return country(t.region()).equals(country(s.region())) ? 0.5f : 0f;
    }

    /** The reasons for a match, in the order of the formula. */
    static List<Reason> reasons(OpeningDoc o, StartupDoc s, StudentDoc t, List<String> matched) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.skills(matched.size(), o.skills().size()));
        if (o.fields() != null && !o.fields().isEmpty()) {
            reasons.add(Reason.of(ReasonCode.FIELD));
        }
        if (o.levels() != null && !o.levels().isEmpty()) {
            reasons.add(Reason.of(ReasonCode.LEVEL));
        }
        reasons.add(Reason.of(ReasonCode.AVAILABLE));
        float region = regionFit(o, s, t);
        reasons.add(Reason.of(o.workMode() == WorkMode.REMOTE ? ReasonCode.REMOTE : region == 1f ? ReasonCode.REGION
                : region > 0 ? ReasonCode.COUNTRY : ReasonCode.ABROAD));
        if (t.workModes().contains(o.workMode())) {
            reasons.add(Reason.wants(o.workMode()));
        }
        if (t.interests().stream().anyMatch(s.sectors()::contains)) {
            reasons.add(Reason.of(ReasonCode.SECTOR));
        }
        return reasons;
    }
}
