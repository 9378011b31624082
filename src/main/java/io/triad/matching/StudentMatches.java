package io.triad.matching;

import io.triad.domain.OpeningDoc;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/** What a student or a startup is matched to: a student's openings, best fit first, and a startup's company programs. */
final class StudentMatches {
    private final Catalog catalog;
    private final OpeningIndex openingIndex;

    StudentMatches(Catalog catalog, OpeningIndex openingIndex) {
        this.catalog = catalog;
        this.openingIndex = openingIndex;
    }

    /** Openings for a student, best fit first; the student and operators are privileged viewers. */
    Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit) {
        Map<String, Double> text = openingIndex.textScores(t);
        Set<String> skills = new HashSet<>(Scoring.canonicalSkills(t.skills()));
        record Fit(Located at, float score) {
        }
        Comparator<Fit> best = Comparator.comparing(Fit::score, Comparator.reverseOrder())
                .thenComparing(f -> f.at().opening().key());
        // the best limit so far, worst on top: every fitting opening is counted, only the page is kept and sorted
        PriorityQueue<Fit> kept = new PriorityQueue<>(best.reversed());
        long fitting = 0;
        for (Located at : catalog.openings.values()) {
            OpeningDoc o = at.opening();
            if (!Eligibility.hasStarted(o, asOf) && OpeningFitCheck.fits(o, t)) {
                fitting++;
                kept.add(new Fit(at, Scoring.score(o, at.skills(), at.startup(), t, skills,
                        text.getOrDefault(o.key(), 0.0))));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        List<Fit> top = new ArrayList<>(kept);
        top.sort(best);
        // the order needs only scores: programs and reasons are worked out for the page shown
        List<OpeningForStudent> page = top.stream()
                .map(f -> new Explainer(f.at().opening(), f.at().startup(),
                        catalog.placementChecks(f.at(), asOf), true).forStudent(t, f.score())).toList();
        return new Page<>(page, fitting);
    }

    /** One opening's match for a student as {@link #forStudent} gives it; empty unless the student fits it today. */
    Optional<OpeningForStudent> forStudent(StudentDoc t, String openingKey, LocalDate asOf) {
        Located at = catalog.openings.get(openingKey);
        if (at == null || Eligibility.hasStarted(at.opening(), asOf)
                || !Eligibility.openingFit(at.opening(), t).isEmpty()) {
            return Optional.empty();
        }
        float score = Scoring.score(at.opening(), at.skills(), at.startup(), t,
                new HashSet<>(Scoring.canonicalSkills(t.skills())),
                openingIndex.textScores(t).getOrDefault(openingKey, 0.0));
        return Optional.of(new Explainer(at.opening(), at.startup(),
                catalog.placementChecks(at, asOf), true).forStudent(t, score));
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
