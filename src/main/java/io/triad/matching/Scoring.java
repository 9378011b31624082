package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The fit score, in [0, 1], of a student for an opening. It measures fit only, never funding or a
 * sensitive field:
 * <pre>
 * score = 0.40 · skills     matched opening skills / opening skills (synonyms and word forms count)
 *       + 0.25 · text       b / (b + 4), b = BM25 of the opening's title, description and skills
 *                           against the student's skills, field and bio (English or French analysis)
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
    static final double TEXT_SATURATION = 4.0;

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

    /** Adds the score formula as SHOULD clauses: the Lucene score of a student is exactly {@link #score}. */
    static void addScoringClauses(BooleanQuery.Builder q, OpeningDoc o, StartupDoc s) {
        List<String> skills = canonicalSkills(o.skills());
        for (String skill : skills) {
            q.add(weighted(new TermQuery(new Term("skill", skill)), SKILLS / skills.size()), Occur.SHOULD);
        }
        Query text = textQuery(TextAnalysis.TEXT_EN, openingText(o), TextAnalysis.ENGLISH);
        Query textFr = textQuery(TextAnalysis.TEXT_FR, openingText(o), TextAnalysis.FRENCH);
        BooleanQuery both = new BooleanQuery.Builder().add(text, Occur.SHOULD).add(textFr, Occur.SHOULD).build();
        q.add(new FunctionScoreQuery(both, new Saturated(TEXT, TEXT_SATURATION)), Occur.SHOULD);
        if (o.workMode() == WorkMode.REMOTE) {
            q.add(weighted(new MatchAllDocsQuery(), REGION), Occur.SHOULD);
        } else {
            q.add(weighted(new TermQuery(new Term("region", s.region())), REGION / 2), Occur.SHOULD);
            q.add(weighted(new TermQuery(new Term("country", country(s.region()))), REGION / 2), Occur.SHOULD);
        }
        q.add(weighted(new TermQuery(new Term("workMode", o.workMode().name())), WORK_MODE), Occur.SHOULD);
        q.add(weighted(new TermQuery(new Term("workMode", StudentIndex.ANY)), WORK_MODE / 2), Occur.SHOULD);
        if (!s.sectors().isEmpty()) {
            q.add(weighted(anyTerm("interest", s.sectors().stream().map(Enum::name).toList()), INTERESTS), Occur.SHOULD);
        }
    }

    /** A bag-of-words query over {@code field}: each analysed token of {@code text} once. */
    static Query textQuery(String field, String text, org.apache.lucene.analysis.Analyzer analyzer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> tokens = TextAnalysis.tokens(analyzer, field, text);
        tokens.stream().limit(IndexSearcher.getMaxClauseCount() / 4)
                .forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        return b.build();
    }

    /** The same formula in Java, for rankings computed outside Lucene (student to openings). */
    static float score(OpeningDoc o, StartupDoc s, StudentDoc t, double bm25) {
        List<String> skills = canonicalSkills(o.skills());
        float total = skills.isEmpty() ? 0 : SKILLS * matchedSkills(o, t).size() / skills.size();
        total += (float) (TEXT * bm25 / (bm25 + TEXT_SATURATION));
        total += REGION * regionFit(o, s, t);
        total += t.workModes().isEmpty() ? WORK_MODE / 2 : t.workModes().contains(o.workMode()) ? WORK_MODE : 0;
        total += t.interests().stream().anyMatch(s.sectors()::contains) ? INTERESTS : 0;
        return total;
    }

    static float regionFit(OpeningDoc o, StartupDoc s, StudentDoc t) {
        if (o.workMode() == WorkMode.REMOTE || t.region().equals(s.region())) {
            return 1f;
        }
        return country(t.region()).equals(country(s.region())) ? 0.5f : 0f;
    }

    /** Human reasons for a match, in the order of the formula. */
    static List<String> reasons(OpeningDoc o, StartupDoc s, StudentDoc t, List<String> matched) {
        List<String> reasons = new ArrayList<>();
        reasons.add(matched.size() + " of " + o.skills().size() + " skills");
        if (o.fields() != null && !o.fields().isEmpty()) {
            reasons.add("field of study fits");
        }
        if (o.levels() != null && !o.levels().isEmpty()) {
            reasons.add("level of study fits");
        }
        reasons.add("available for the whole placement");
        float region = regionFit(o, s, t);
        reasons.add(o.workMode() == WorkMode.REMOTE ? "remote work" : region == 1f ? "lives in the startup's region"
                : region > 0 ? "same country as the startup" : "outside the startup's country");
        if (t.workModes().contains(o.workMode())) {
            reasons.add("wants " + o.workMode().name().toLowerCase() + " work");
        }
        if (t.interests().stream().anyMatch(s.sectors()::contains)) {
            reasons.add("interested in the startup's sector");
        }
        return reasons;
    }

    /** weight · s / (s + k) of the wrapped query's BM25 score s: bounded text relevance. */
    static final class Saturated extends DoubleValuesSource {
        private final double weight;
        private final double k;

        Saturated(double weight, double k) {
            this.weight = weight;
            this.k = k;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
            return new DoubleValues() {
                @Override
                public double doubleValue() throws IOException {
                    double s = scores.doubleValue();
                    return weight * s / (s + k);
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    return scores.advanceExact(doc);
                }
            };
        }

        @Override
        public boolean needsScores() {
            return true;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public int hashCode() {
            return Objects.hash(weight, k);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Saturated other && other.weight == weight && other.k == k;
        }

        @Override
        public String toString() {
            return "saturated(" + weight + "," + k + ")";
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }
    }
}
