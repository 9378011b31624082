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
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a student or a startup is matched to: a student's openings, best fit first, and a startup's company programs.
 */
final class StudentMatches {
    /**
     * Room above the largest text share ({@link OpeningIndex.Text#most}) for the bound on an opening's score: it covers
     * the float rounding of the formula's five additions (below 1e-6 for scores below 2) many times over. With it, an
     * opening's score without text plus {@link Scoring#TEXT} times the largest share and this room is above its score,
     * and the skills are counted once per fitting opening.
     */
    private static final double SHARE_ROOM = 0.001;
    private static final int FIRST_BATCH = 64;
    /**
     * What a page costs, in documents of a student search ({@link SearchHelpers#run}): per opening tested and scored
     * (about 13 ns), and per program and opening of the page explained (about 27 ns), against about 5 ns per document.
     */
    private static final long SCAN_WORK = 3;
    private static final long EXPLAIN_WORK = 5;
    private final Catalog catalog;
    private final OpeningIndex openingIndex;

    StudentMatches(Catalog catalog, OpeningIndex openingIndex) {
        this.catalog = catalog;
        this.openingIndex = openingIndex;
    }

    /** Openings for a student, best fit first; the student and operators are privileged viewers. */
    Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit) {
        OpeningColumns columns = catalog.openingColumns();
        RuleGroups rules = catalog.ruleGroups();
        long work = SCAN_WORK * columns.size() + EXPLAIN_WORK * Math.min(limit, columns.size()) * rules.size();
        try {
            return SearchHelpers.run(work, split -> forStudent(t, asOf, limit, columns, rules, split));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As above; {@code split}: the openings in two halves, each ranked by its own thread, the second offered to a
     * helper ({@link SearchHelpers}), then the page explained in two halves the same way.
     */
    private Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit, OpeningColumns columns,
            RuleGroups rules, boolean split) throws IOException {
        OpeningColumns.Student student = columns.student(t, asOf);
        int n = columns.size();
        AtomicLong bar = new AtomicLong(Long.MIN_VALUE);
        List<Ranked> parts = openingIndex.withText(t, columns, text -> {
            // the bound on every opening's text, searched for first: on both cores when split
            float reach = text.any() ? (float) (Scoring.TEXT * (text.most(split) + SHARE_ROOM)) : 0;
            return split
                    ? SearchHelpers.both(() -> ranked(student, text, reach, 0, n / 2, limit, bar),
                            () -> ranked(student, text, reach, n / 2, n, limit, bar))
                    : List.of(ranked(student, text, reach, 0, n, limit, bar));
        });
        Best best = new Best(limit);
        parts.forEach(part -> best.offerAll(part.best()));
        // the order needs only scores: programs and reasons are worked out for the page shown, the searcher released
        Counts own = rules.forStudent(t, asOf);
        long[] keys = best.sorted();
        int half = keys.length / 2;
        List<OpeningForStudent> page = new ArrayList<>(keys.length);
        if (split && half > 0) {
            SearchHelpers.both(() -> explained(keys, 0, half, columns, t, rules, own, asOf),
                    () -> explained(keys, half, keys.length, columns, t, rules, own, asOf)).forEach(page::addAll);
        } else {
            page.addAll(explained(keys, 0, keys.length, columns, t, rules, own, asOf));
        }
        return new Page<>(page, parts.stream().mapToInt(Ranked::fitting).sum());
    }

    /** The best {@code limit} of some openings, and how many of them fit. */
    private record Ranked(Best best, int fitting) {
    }

    /**
     * The best {@code limit} of the openings of ordinals {@code from} to {@code to} (excluded) the student fits. Each
     * fitting opening's score without text is a floor under its score; an opening whose score with the largest text
     * share ({@code reach} more) is below the limit-th best floor cannot enter the page. The others' text is read by
     * batches in order of that bound, until the next bound is below the page's worst score. The batches double (four
     * on average for a page of 20 among 100,000 openings). {@code bar}: the highest such floor or worst score of any
     * part, which every part may skip below (a part's limit-th key is beaten by the merged page's, and keys differ by
     * opening).
     */
    private static Ranked ranked(OpeningColumns.Student student, OpeningIndex.Text text, float reach, int from, int to,
            int limit, AtomicLong bar) throws IOException {
        int[] fitting = new int[to - from];
        float[] floors = new float[to - from];
        int fits = 0;
        Best floor = new Best(limit);
        for (int i = from; i < to; i++) {
            if (student.fits(i)) {
                float withoutText = student.score(i, 0);
                floor.offer(Best.key(withoutText, i));
                floors[fits] = withoutText;
                fitting[fits++] = i;
            }
        }
        long floorBar = bar.accumulateAndGet(floor.bar(), Math::max);
        long[] bounds = new long[fits];
        int candidates = 0;
        for (int k = 0; k < fits; k++) {
            long bound = Best.key(floors[k] + reach, fitting[k]);
            if (bound >= floorBar) {
                bounds[candidates++] = bound;
            }
        }
        Arrays.sort(bounds, 0, candidates);
        Best best = new Best(limit);
        int[] batch = new int[candidates];
        float[] shares = new float[candidates];
        for (int end = candidates, size = FIRST_BATCH; end > 0 && bounds[end - 1] >= Math.max(best.bar(), bar.get());
                size *= 2) {
            int start = Math.max(0, end - size);
            for (int k = start; k < end; k++) {
                batch[k - start] = Best.ordinal(bounds[k]);
            }
            text.score(batch, 0, end - start, shares);
            for (int k = 0; k < end - start; k++) {
                best.offer(Best.key(student.score(batch[k], shares[k]), batch[k]));
            }
            bar.accumulateAndGet(best.bar(), Math::max);
            end = start;
        }
        return new Ranked(best, fits);
    }

    private static List<OpeningForStudent> explained(long[] keys, int from, int to, OpeningColumns columns,
            StudentDoc t, RuleGroups rules, Counts own, LocalDate asOf) {
        List<OpeningForStudent> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(explained(columns.at(Best.ordinal(keys[k])), t, Best.score(keys[k]), rules, own, asOf));
        }
        return out;
    }

    private static OpeningForStudent explained(Located at, StudentDoc t, float score, RuleGroups rules,
            Counts own, LocalDate asOf) {
        return new Explainer(at.opening(), at.startup(), List.of(), true)
                .forStudent(t, score, rules, rules.verdicts(own, at, t, asOf));
    }

    /** One opening's match for a student as {@link #forStudent} gives it; empty unless the student fits it today. */
    Optional<OpeningForStudent> forStudent(StudentDoc t, String openingKey, LocalDate asOf) {
        OpeningColumns columns = catalog.openingColumns();
        OpeningColumns.Student student = columns.student(t, asOf);
        int i = columns.ordinal(openingKey);
        if (i < 0 || !student.fits(i)) {
            return Optional.empty();
        }
        float share = openingIndex.withText(t, columns, text -> text.score(new int[] {i}, 0, 1, new float[1])[0]);
        RuleGroups rules = catalog.ruleGroups();
        return Optional.of(explained(columns.at(i), t, student.score(i, share), rules, rules.forStudent(t, asOf),
                asOf));
    }

    /**
     * The best {@code limit} of (score, ordinal) pairs, as keys that order them: a higher score first, then a lower
     * ordinal, that is the opening's key first (scores are never negative, so their bits order them).
     */
    private static final class Best {
        private final int limit;
        /** A min-heap of the keys kept: the worst first. */
        private long[] kept;
        private int size;

        Best(int limit) {
            this.limit = limit;
            kept = new long[Math.min(limit, 64)];
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
            if (key <= bar()) {
                return;
            }
            if (size < limit) {
                if (size == kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min(limit, 2L * size));
                }
                // up from the new leaf
                int at = size++;
                for (int parent; at > 0 && kept[parent = (at - 1) / 2] > key; at = parent) {
                    kept[at] = kept[parent];
                }
                kept[at] = key;
            } else {
                // the worst is replaced: down from the root
                int at = 0;
                for (int child; (child = 2 * at + 1) < size; at = child) {
                    if (child + 1 < size && kept[child + 1] < kept[child]) {
                        child++;
                    }
                    if (kept[child] >= key) {
                        break;
                    }
                    kept[at] = kept[child];
                }
                kept[at] = key;
            }
        }

        /** The key to beat to enter: any until there are {@code limit}, then the worst kept (none for no page). */
        long bar() {
            return size < limit ? Long.MIN_VALUE : size == 0 ? Long.MAX_VALUE : kept[0];
        }

        /** Offers every key {@code other} keeps. */
        void offerAll(Best other) {
            for (int k = 0; k < other.size; k++) {
                offer(other.kept[k]);
            }
        }

        /** The keys kept, best first. */
        long[] sorted() {
            long[] out = Arrays.copyOf(kept, size);
            Arrays.sort(out);
            for (int a = 0, b = out.length - 1; a < b; a++, b--) {
                long t = out[a];
                out[a] = out[b];
                out[b] = t;
            }
            return out;
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
