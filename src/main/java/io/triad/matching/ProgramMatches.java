package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.ProgramFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The placements a program would fund, best fit first. Each eligible opening gives its best {@code limit} among the
 * students who fit it and pass the program's student rules (kept bit sets, {@link RuleBits}), collecting only scores
 * that can still enter the page so far; only the page's students are read. The total is the dashboard's count of
 * fundable placements when {@link ProgramCounts} keeps a current one: then the openings are visited best bound first
 * and the visit stops at the first whose bound is below the page's last score. Otherwise every opening is visited and
 * their searches give the total: counting first would add work, as the bound (about 1.0 for most openings) almost
 * never stops the visit (measured in docs/bench/notes-20261201-112231.md).
 */
final class ProgramMatches {
    private static final Comparator<Placement> BEST = Comparator.comparing(Placement::score, Comparator.reverseOrder())
            .thenComparing(Placement::opening).thenComparing(Placement::student);
    /** Above any float rounding of the score's sum of clauses. */
    private static final double SLACK = 1e-3;

    private final Catalog catalog;
    private final StudentIndex students;
    private final ProgramCounts counts;

    ProgramMatches(Catalog catalog, StudentIndex students, ProgramCounts counts) {
        this.catalog = catalog;
        this.students = students;
        this.counts = counts;
    }

    Page<Placement> forProgram(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return visit(programKey, asOf, limit, privileged, true);
    }

    /**
     * {@link #forProgram} by its definition: every eligible opening searched for its best {@code limit} with no floor,
     * the total their fitting students summed by those searches (not by the dashboard's count). Slow: for checks.
     */
    Page<Placement> unpruned(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return visit(programKey, asOf, limit, privileged, false);
    }

    private Page<Placement> visit(String programKey, LocalDate asOf, int limit, boolean privileged, boolean pruned) {
        ProgramDoc p = catalog.programs.get(programKey);
        if (p == null || p.scope() != Scope.PLACEMENT) {
            return new Page<>(List.of(), 0);
        }
        long used = catalog.used(programKey);
        ProgramFigures counted = pruned ? counts.kept(p, used, asOf, privileged, catalog.epoch.get(), students) : null;
        List<Located> eligible = new ArrayList<>();
        for (Located at : catalog.openings.values()) {
            if (!Eligibility.hasStarted(at.opening(), asOf) && Catalog.baseFailures(p, used, at, asOf).isEmpty()) {
                eligible.add(at);
            }
        }
        eligible.sort(Comparator.comparingDouble(ProgramMatches::bound).reversed());
        PriorityQueue<Placement> worstFirst = new PriorityQueue<>(BEST.reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        long total = 0;
        for (Located at : eligible) {
            boolean full = pruned && worstFirst.size() >= limit;
            if (counted != null && full && bound(at) < worstFirst.peek().score()) {
                break; // every later opening's bound is lower still: none of its students can enter the page
            }
            float floor = full ? worstFirst.peek().score() : Float.NEGATIVE_INFINITY;
            StudentIndex.Ranked ranked = students.rankForProgram(at.opening(), at.startup(), limit, rules, floor);
            total += ranked.total();
            Explainer explainer = new Explainer(at.opening(), at.startup(), List.of(), privileged);
            for (Scored<StudentDoc> hit : ranked.hits()) {
                worstFirst.add(explainer.placement(p, hit));
                if (worstFirst.size() > limit) {
                    worstFirst.poll();
                }
            }
        }
        List<Placement> page = new ArrayList<>(worstFirst);
        page.sort(BEST);
        return new Page<>(page, counted != null ? counted.placements() : total);
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
