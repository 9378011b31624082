package io.triad.matching;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The placements a program would fund, best fit first. Each eligible opening gives its best {@code limit} among the
 * students who fit it and pass the program's student rules (bit sets per segment, shared by openings starting on the
 * same day), collecting only scores that can still enter the page so far; only those students are read.
 */
final class ProgramMatches {
    private static final Comparator<Placement> BEST = Comparator.comparing(Placement::score, Comparator.reverseOrder())
            .thenComparing(Placement::opening).thenComparing(Placement::student);

    private final Catalog catalog;
    private final StudentIndex students;

    ProgramMatches(Catalog catalog, StudentIndex students) {
        this.catalog = catalog;
        this.students = students;
    }

    Page<Placement> forProgram(String programKey, LocalDate asOf, int limit, boolean privileged) {
        ProgramDoc p = catalog.programs.get(programKey);
        if (p == null || p.scope() != Scope.PLACEMENT) {
            return new Page<>(List.of(), 0);
        }
        long used = catalog.used(programKey);
        PriorityQueue<Placement> worstFirst = new PriorityQueue<>(BEST.reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        long total = 0;
        for (Located at : catalog.openings.values()) {
            if (Eligibility.hasStarted(at.opening(), asOf) || !Catalog.baseFailures(p, used, at, asOf).isEmpty()) {
                continue;
            }
            float floor = worstFirst.size() >= limit ? worstFirst.peek().score() : Float.NEGATIVE_INFINITY;
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
        return new Page<>(page, total);
    }
}
