package io.triad.matching;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/** What a student or a startup is matched to: a student's openings, best fit first, and a startup's company programs. */
final class StudentMatches {
    /**
     * Above every text share (the text part's maximum is 1): Lucene's BM25 term score stays below its weight, boost ·
     * idf, and the boosts are 1 / the sum of the idfs; the room covers float rounding.
     */
    private static final double TEXT_SHARE_BOUND = 1.001;
    private static final int FIRST_BATCH = 64;
    private final Catalog catalog;
    private final OpeningIndex openingIndex;

    StudentMatches(Catalog catalog, OpeningIndex openingIndex) {
        this.catalog = catalog;
        this.openingIndex = openingIndex;
    }

    /** Openings for a student, best fit first; the student and operators are privileged viewers. */
    Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit) {
        OpeningColumns columns = catalog.openingColumns();
        OpeningColumns.Student student = columns.student(t, asOf);
        int[] fitting = new int[columns.size()];
        int total = 0;
        // every fitting opening is counted; its score without text is a floor under its score
        Best floor = new Best(limit);
        for (int i = 0; i < fitting.length; i++) {
            if (student.fits(i)) {
                fitting[total++] = i;
                floor.offer(Best.key(student.score(i, 0), i));
            }
        }
        int fits = total;
        Best best = openingIndex.withText(t, columns,
                text -> best(student, text, fitting, fits, floor.bar(), limit));
        // the order needs only scores: programs and reasons are worked out for the page shown, the searcher released
        RuleGroups rules = catalog.ruleGroups();
        Counts own = rules.forStudent(t, asOf);
        List<OpeningForStudent> page = new ArrayList<>();
        for (long key : best.sorted()) {
            page.add(explained(columns.at(Best.ordinal(key)), t, Best.score(key), rules, own, asOf));
        }
        return new Page<>(page, total);
    }

    private static OpeningForStudent explained(Located at, StudentDoc t, float score, RuleGroups rules,
            Counts own, LocalDate asOf) {
        return new Explainer(at.opening(), at.startup(), List.of(), true)
                .forStudent(t, score, rules, rules.verdicts(own, at, t, asOf));
    }

    /**
     * The best {@code limit} of the fitting openings. An opening whose score with the largest text share is below
     * {@code bar} (the limit-th best floor) cannot enter the page; the others' text is read by batches in order of
     * that bound, until the next bound is below the page's worst score. The batches double: most pages are settled
     * by the first.
     */
    private static Best best(OpeningColumns.Student student, OpeningIndex.Text text, int[] fitting, int total,
            long bar, int limit) throws IOException {
        double reach = text.any() ? TEXT_SHARE_BOUND : 0;
        long[] bounds = new long[total];
        int candidates = 0;
        for (int k = 0; k < total; k++) {
            long bound = Best.key(student.score(fitting[k], reach), fitting[k]);
            if (bound >= bar) {
                bounds[candidates++] = bound;
            }
        }
        Arrays.sort(bounds, 0, candidates);
        Best best = new Best(limit);
        int[] batch = new int[candidates];
        float[] shares = new float[candidates];
        for (int end = candidates, size = FIRST_BATCH; end > 0 && bounds[end - 1] >= best.bar(); size *= 2) {
            int start = Math.max(0, end - size);
            for (int k = start; k < end; k++) {
                batch[k - start] = Best.ordinal(bounds[k]);
            }
            text.score(batch, end - start, shares);
            for (int k = 0; k < end - start; k++) {
                best.offer(Best.key(student.score(batch[k], shares[k]), batch[k]));
            }
            end = start;
        }
        return best;
    }

    /** One opening's match for a student as {@link #forStudent} gives it; empty unless the student fits it today. */
    Optional<OpeningForStudent> forStudent(StudentDoc t, String openingKey, LocalDate asOf) {
        OpeningColumns columns = catalog.openingColumns();
        OpeningColumns.Student student = columns.student(t, asOf);
        int i = columns.ordinal(openingKey);
        if (i < 0 || !student.fits(i)) {
            return Optional.empty();
        }
        float[] share = new float[1];
        openingIndex.withText(t, columns, text -> {
            text.score(new int[] {i}, 1, share);
            return share;
        });
        RuleGroups rules = catalog.ruleGroups();
        return Optional.of(explained(columns.at(i), t, student.score(i, share[0]), rules, rules.forStudent(t, asOf),
                asOf));
    }

    /**
     * The best {@code limit} of (score, ordinal) pairs, as keys that order them: a higher score first, then a lower
     * ordinal, that is the opening's key first (scores are never negative, so their bits order them).
     */
    private static final class Best {
        private final int limit;
        private final PriorityQueue<Long> kept = new PriorityQueue<>();

        Best(int limit) {
            this.limit = limit;
        }

        static long key(float score, int ordinal) {
            return (long) Float.floatToIntBits(score) << 32 | Integer.MAX_VALUE - ordinal;
        }

        static float score(long key) {
            return Float.intBitsToFloat((int) (key >>> 32));
        }

        static int ordinal(long key) {
            return Integer.MAX_VALUE - (int) key;
        }

        void offer(long key) {
            if (key > bar()) {
                kept.add(key);
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }

        /** The key to beat to enter: any until there are {@code limit}, then the worst kept (none for no page). */
        long bar() {
            return kept.size() < limit ? Long.MIN_VALUE : kept.isEmpty() ? Long.MAX_VALUE : kept.peek();
        }

        /** The keys kept, best first. */
        long[] sorted() {
            return kept.stream().sorted(Comparator.reverseOrder()).mapToLong(Long::longValue).toArray();
        }
    }

    /** Company-level programs a startup is eligible for, and its near misses. */
    CompanyPrograms companyPrograms(StartupDoc s, LocalDate asOf) {
        List<Funded> eligible = new ArrayList<>();
        List<NearMiss> near = new ArrayList<>();
        for (ProgramDoc p : catalog.sortedPublished()) {
            if (p.scope() != Scope.COMPANY) {
                continue;
            }
            CompanyVerdict v = Eligibility.company(p, s, asOf);
            if (v.eligible()) {
                eligible.add(new Funded(p.key(), v.amount(), null, null));
            } else if (v.nearMiss()) {
                near.add(new NearMiss(p.key(), v.failed(), null));
            }
        }
        return new CompanyPrograms(Explainer.byAmount(eligible), near);
    }
}
