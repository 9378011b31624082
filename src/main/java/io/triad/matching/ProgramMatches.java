package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.ProgramFigures;
import io.triad.matching.StudentIndex.Ranking;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;

/**
 * The placements a program would fund, best fit first. Each eligible opening gives its best {@code limit} among the
 * students who fit it and pass the program's student rules (kept bit sets, {@link RuleBits}), collecting only scores
 * that can still enter the page so far; only the page's students are read.
 *
 * <p>When the openings' rankings are kept for the current students ({@link KeptRankings}), the openings are visited
 * best kept score first, each one's kept students tested against the program's rules in order; the visit stops at the
 * first opening whose best is below the page's last score, and an opening is searched only when its kept students ran
 * out while its last kept score could still enter the page; such a search is kept with the rankings ({@link
 * KeptRankings#searched}), so the same page asked again searches nothing. The total is then the dashboard's count.
 * When the rankings were kept for students that changed since, they still bound the students who did not change
 * ({@link #rebased}).
 *
 * <p>Without kept rankings the total is the dashboard's count when {@link ProgramCounts} keeps a current one: then
 * the openings are visited best bound first and the visit stops at the first whose bound is below the page's last
 * score. Otherwise every opening is visited and their searches give the total: counting first would add work, as the
 * bound (about 1.0 for most openings) almost never stops the visit (measured in docs/bench/notes-20261201-112231.md).
 */
final class ProgramMatches {
    private static final Comparator<Placement> BEST = Comparator.comparing(Placement::score, Comparator.reverseOrder())
            .thenComparing(Placement::opening).thenComparing(Placement::student);
    /** Above any float rounding of the score's sum of clauses. */
    private static final double SLACK = 1e-3;

    private final Catalog catalog;
    private final StudentIndex students;
    private final ProgramCounts counts;
    private final KeptRankings rankings;

    ProgramMatches(Catalog catalog, StudentIndex students, ProgramCounts counts, KeptRankings rankings) {
        this.catalog = catalog;
        this.students = students;
        this.counts = counts;
        this.rankings = rankings;
    }

    Page<Placement> forProgram(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return visit(programKey, asOf, limit, privileged, true, true);
    }

    /**
     * {@link #forProgram} without the kept rankings: the bounded visit of every eligible opening that a page made
     * whenever the rankings were not kept for the students as they are. For the benchmark's reference.
     */
    Page<Placement> withoutRankings(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return visit(programKey, asOf, limit, privileged, true, false);
    }

    /**
     * {@link #forProgram} by its definition: every eligible opening searched for its best {@code limit} with no floor,
     * the total their fitting students summed by those searches (not by the dashboard's count). Slow: for checks.
     */
    Page<Placement> unpruned(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return visit(programKey, asOf, limit, privileged, false, false);
    }

    /**
     * Makes the program's first page ({@link KeptRankings#PAGE}) for both viewers from the kept rankings, so that its
     * eligible openings, searches and figures are kept when it is asked; never searches every opening. False when the
     * rankings are not kept for the students as they are now.
     */
    boolean keepAhead(ProgramDoc p, LocalDate asOf) {
        long used = catalog.used(p.key());
        List<Located> eligible = catalog.eligibleOpenings(p, asOf);
        return fromRankings(p, used, asOf, KeptRankings.PAGE, false, eligible) != null
                && fromRankings(p, used, asOf, KeptRankings.PAGE, true, eligible) != null;
    }

    private Page<Placement> visit(String programKey, LocalDate asOf, int limit, boolean privileged, boolean pruned,
            boolean kept) {
        ProgramDoc p = catalog.programs.get(programKey);
        if (p == null || p.scope() != Scope.PLACEMENT) {
            return new Page<>(List.of(), 0);
        }
        long used = catalog.used(programKey);
        List<Located> eligible = pruned ? catalog.eligibleOpenings(p, asOf)
                : Catalog.eligibleOpenings(p, used, catalog.openings.values(), asOf);
        if (kept) {
            Page<Placement> page = fromRankings(p, used, asOf, limit, privileged, eligible);
            if (page != null) {
                return page;
            }
        }
        ProgramFigures counted = pruned ? counts.kept(p, used, asOf, privileged, catalog.epoch.get(), students) : null;
        List<Located> byBound = new ArrayList<>(eligible);
        byBound.sort(Comparator.comparingDouble(ProgramMatches::bound).reversed());
        PriorityQueue<Placement> worstFirst = new PriorityQueue<>(BEST.reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        long total = 0;
        for (Located at : byBound) {
            boolean full = pruned && worstFirst.size() >= limit;
            if (counted != null && full && bound(at) < worstFirst.peek().score()) {
                break; // every later opening's bound is lower still: none of its students can enter the page
            }
            float floor = full ? worstFirst.peek().score() : Float.NEGATIVE_INFINITY;
            StudentIndex.Ranked ranked = students.rankForProgram(at.opening(), at.startup(), limit, rules, floor);
            total += ranked.total();
            Explainer explainer = new Explainer(at.opening(), at.startup(), List.of(), privileged);
            for (Scored<StudentDoc> hit : ranked.hits()) {
                offer(worstFirst, limit, explainer.placement(p, hit));
            }
        }
        List<Placement> page = new ArrayList<>(worstFirst);
        page.sort(BEST);
        return new Page<>(page, counted != null ? counted.placements() : total);
    }

    /** An opening to visit: its ranking if kept, and the best score any of its students can have. */
    private record Visit(Located at, Ranking ranking, double bound) {
    }

    /** A placement on its way to the page: the student not read yet. */
    private record Candidate(Located at, FilteredTopK.Hit hit, String student) {
        Candidate(Located at, FilteredTopK.Hit hit) {
            this(at, hit, hit.key().utf8ToString());
        }

        static final Comparator<Candidate> BEST = Comparator.comparing((Candidate c) -> c.hit().score(),
                Comparator.reverseOrder()).thenComparing(c -> c.at().opening().key()).thenComparing(Candidate::student);
    }

    /** The page from the kept rankings (see the class comment), or null when they are not kept for these students. */
    private Page<Placement> fromRankings(ProgramDoc p, long used, LocalDate asOf, int limit, boolean privileged,
            List<Located> eligible) {
        return students.pinned(pin -> {
            KeptRankings.Kept kept = rankings.usableFor(pin.version);
            if (kept == null) {
                return null;
            }
            return kept.version() == pin.version ? fromRankings(pin, p, used, asOf, limit, privileged, eligible)
                    : rebased(pin, kept, p, used, asOf, limit, privileged, eligible);
        });
    }

    private Page<Placement> fromRankings(StudentIndex.Pinned pin, ProgramDoc p, long used, LocalDate asOf, int limit,
            boolean privileged, List<Located> eligible) throws IOException {
        List<Visit> visits = new ArrayList<>();
        for (Located at : eligible) {
            Ranking r = rankings.of(at, pin.version);
            if (r == null) {
                visits.add(new Visit(at, null, bound(at)));
            } else if (r.docs().length > 0) {
                visits.add(new Visit(at, r, r.scores()[0]));
            }
        }
        visits.sort(Comparator.comparingDouble(Visit::bound).reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        StudentIndex.Pinned.RuleTest passing = pin.rules(rules);
        PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(Candidate.BEST.reversed());
        List<Visit> searched = new ArrayList<>();
        for (Visit v : visits) {
            if (worstFirst.size() >= limit && v.bound() < worstFirst.peek().hit().score()) {
                break; // every later opening's best is lower still
            }
            Ranking r = v.ranking();
            if (r == null) {
                searched.add(v);
                continue;
            }
            LocalDate start = v.at().opening().startDate();
            boolean resolved = r.whole();
            for (int i = 0; i < r.docs().length; i++) {
                if (worstFirst.size() >= limit && r.scores()[i] < worstFirst.peek().hit().score()) {
                    resolved = true; // so are the students below the ranking
                    break;
                }
                if (passing.passes(r.docs()[i], start)) {
                    offer(worstFirst, limit, new Candidate(v.at(),
                            new FilteredTopK.Hit(r.docs()[i], r.scores()[i], pin.key(r.docs()[i]))));
                }
            }
            if (!resolved) {
                searched.add(v);
            }
        }
        // the students below a ranking whose last score could still enter, and the openings without a ranking
        for (Visit v : searched) {
            Ranking r = v.ranking();
            boolean full = worstFirst.size() >= limit;
            float floor = full ? worstFirst.peek().hit().score() : Float.NEGATIVE_INFINITY;
            if (full && (r == null ? v.bound() : r.scores()[r.scores().length - 1]) < floor) {
                continue;
            }
            Set<Integer> offered = new HashSet<>();
            if (r != null) {
                Arrays.stream(r.docs()).forEach(offered::add);
            }
            Located at = v.at();
            List<FilteredTopK.Hit> hits = rankings.searched(p, privileged, at, pin.version, limit, floor);
            if (hits == null) {
                hits = pin.forProgram(at.opening(), at.startup(), limit, rules, floor).hits();
                rankings.keepSearched(p, privileged, at, pin.version, limit, floor, hits);
            }
            for (FilteredTopK.Hit hit : hits) {
                if (!offered.contains(hit.doc())) {
                    offer(worstFirst, limit, new Candidate(at, hit));
                }
            }
        }
        return page(pin, p, used, asOf, privileged, worstFirst);
    }

    /**
     * The page from rankings kept for other students (an older reader version, {@code kept}). The students of an
     * opening with a ranking fall in two groups. Those in segments the build's reader had are unchanged (a changed
     * student was deleted there and written again elsewhere), so they score at most the kept best plus the most their
     * text score can have risen since ({@link Scoring#textRise}). The others are in segments written since ({@link
     * StudentIndex.Pinned#skipping}). An opening without a ranking is bounded by {@link #bound}.
     *
     * <p>The openings are searched in full, best bound first, until one's bound is below the page's last score. Every
     * later opening's unchanged students cannot enter the page then, so only its students written since are searched,
     * with the page's last score as their floor.
     */
    private Page<Placement> rebased(StudentIndex.Pinned pin, KeptRankings.Kept kept, ProgramDoc p, long used,
            LocalDate asOf, int limit, boolean privileged, List<Located> eligible) throws IOException {
        List<Visit> visits = new ArrayList<>();
        for (Located at : eligible) {
            Ranking r = kept.of(at);
            if (r == null) {
                visits.add(new Visit(at, null, bound(at)));
            } else if (r.docs().length == 0) {
                visits.add(new Visit(at, r, Double.NEGATIVE_INFINITY)); // none of the unchanged students fits
            } else {
                visits.add(new Visit(at, r,
                        r.scores()[0] + Scoring.textRise(r.text(), pin.text(r.text()), Scoring.TEXT) + SLACK));
            }
        }
        visits.sort(Comparator.comparingDouble(Visit::bound).reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        PriorityQueue<Candidate> worstFirst = new PriorityQueue<>(Candidate.BEST.reversed());
        FixedBitSet[] unchanged = null;
        for (Visit v : visits) {
            boolean full = worstFirst.size() >= limit;
            float floor = full ? worstFirst.peek().hit().score() : Float.NEGATIVE_INFINITY;
            Located at = v.at();
            List<FilteredTopK.Hit> hits;
            if (!full || v.bound() >= floor) {
                hits = rankings.searched(p, privileged, at, pin.version, limit, floor);
                if (hits == null) {
                    hits = pin.forProgram(at.opening(), at.startup(), limit, rules, floor).hits();
                    rankings.keepSearched(p, privileged, at, pin.version, limit, floor, hits);
                }
            } else if (v.ranking() != null) {
                unchanged = unchanged != null ? unchanged : pin.skipping(kept.cores());
                hits = pin.forProgram(at.opening(), at.startup(), limit, rules, floor, unchanged).hits();
            } else {
                continue; // none of its students can enter the page
            }
            for (FilteredTopK.Hit hit : hits) {
                offer(worstFirst, limit, new Candidate(at, hit));
            }
        }
        return page(pin, p, used, asOf, privileged, worstFirst);
    }

    /** The page of the best candidates, their students read, with the dashboard's count as its total. */
    private Page<Placement> page(StudentIndex.Pinned pin, ProgramDoc p, long used, LocalDate asOf, boolean privileged,
            PriorityQueue<Candidate> worstFirst) throws IOException {
        List<Candidate> best = new ArrayList<>(worstFirst);
        best.sort(Candidate.BEST);
        List<Scored<StudentDoc>> read = pin.read(best.stream().map(Candidate::hit).toList());
        List<Placement> page = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            Located at = best.get(i).at();
            page.add(new Explainer(at.opening(), at.startup(), List.of(), privileged).placement(p, read.get(i)));
        }
        ProgramFigures counted = counts.figures(p, used, asOf, privileged, catalog.epoch.get(),
                catalog.startups.values(), students);
        return new Page<>(page, counted.placements());
    }

    /** Adds {@code c} to a page's worst-first queue, dropping the worst beyond {@code limit}. */
    private static <T> void offer(PriorityQueue<T> worstFirst, int limit, T c) {
        worstFirst.add(c);
        if (worstFirst.size() > limit) {
            worstFirst.poll();
        }
    }

    /**
     * The most any student can score for the opening ({@link Scoring}): every clause at its maximum, the skills only
     * when the opening lists some, the interests only when its startup has sectors.
     */
    static double bound(Located at) {
        OpeningDoc o = at.opening();
        double skills = Scoring.canonicalSkills(o.skills()).isEmpty() ? 0 : Scoring.SKILLS;
        double interests = at.startup().sectors().isEmpty() ? 0 : Scoring.INTERESTS;
        return skills + Scoring.TEXT + Scoring.REGION + Scoring.WORK_MODE + interests + SLACK;
    }
}
