package io.triad.matching;

import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.Candidate;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.matching.MatchResults.StudentSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * An opening's ranked students in each order of API.md. Every order is pruned: Lucene's top k under bit sets per
 * segment for the score order (with {@code funded}, the paying programs' bit sets), and for the money orders the
 * amounts worked out per segment from {@link StudentFacts} so that only the students of the page are read and
 * explained. {@link #unpruned} is the plain definition the pruned paths must equal (tests and the benchmark check it).
 */
final class OpeningMatches {
    private final Catalog catalog;
    private final StudentIndex students;

    OpeningMatches(Catalog catalog, StudentIndex students) {
        this.catalog = catalog;
        this.students = students;
    }

    Page<Candidate> candidates(String openingKey, LocalDate asOf, int limit, boolean funded, MatchOrder order,
            boolean privileged) {
        Located at = catalog.openings.get(openingKey);
        if (at == null || Eligibility.hasStarted(at.opening(), asOf)) {
            return new Page<>(List.of(), 0);
        }
        List<Explainer.Check> checks = catalog.placementChecks(at, asOf);
        Explainer explainer = new Explainer(at.opening(), at.startup(), checks, privileged);
        StudentIndex.Ranked ranked;
        if (order == MatchOrder.SCORE) {
            ranked = funded
                    ? students.rankFunded(at.opening(), at.startup(), limit, Catalog.paying(checks), privileged)
                    : students.rank(at.opening(), at.startup(), limit);
        } else {
            ranked = students.rankByMoney(at.opening(), at.startup(), limit, Catalog.paying(checks), privileged,
                    funded, order);
        }
        return new Page<>(ranked.hits().stream().map(hit -> candidate(explainer, hit)).toList(), ranked.total());
    }

    /**
     * The definition: every fitting student explained, filtered and sorted; slow, for checking the pruned paths. Only
     * the best {@code limit} are kept while the others are explained, so that the definition runs in the heap the
     * service runs in (all of a 1M-student opening's explained students did not fit in 1 GiB).
     */
    Page<Candidate> unpruned(String openingKey, LocalDate asOf, int limit, boolean funded, MatchOrder order,
            boolean privileged) {
        Located at = catalog.openings.get(openingKey);
        if (at == null || Eligibility.hasStarted(at.opening(), asOf)) {
            return new Page<>(List.of(), 0);
        }
        Explainer explainer = new Explainer(at.opening(), at.startup(), catalog.placementChecks(at, asOf), privileged);
        Comparator<Candidate> better = null; // by score: in the order rankAll gives
        if (order != MatchOrder.SCORE) {
            Function<StudentForOpening, BigDecimal> money = order == MatchOrder.AMOUNT
                    ? m -> Explainer.largest(m.programs()) : m -> m.total() == null ? null : m.total().value();
            better = Comparator.comparing((Candidate c) -> money.apply(c.match()),
                    Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(c -> c.match().score(), Comparator.reverseOrder())
                    .thenComparing(c -> c.match().student());
        }
        List<Candidate> best = new ArrayList<>(); // best first, at most limit
        long total = 0;
        for (Scored<StudentDoc> hit : students.rankAll(at.opening(), at.startup()).hits()) {
            Candidate c = candidate(explainer, hit);
            if (funded && c.match().programs().isEmpty()) {
                continue;
            }
            total++;
            int found = better == null ? -best.size() - 1 : Collections.binarySearch(best, c, better);
            int place = found >= 0 ? found : -found - 1;
            if (place < limit) {
                best.add(place, c);
                if (best.size() > limit) {
                    best.remove(limit);
                }
            }
        }
        return new Page<>(List.copyOf(best), total);
    }

    private static Candidate candidate(Explainer explainer, Scored<StudentDoc> hit) {
        return new Candidate(explainer.forOpening(hit), StudentSummary.of(hit.item()));
    }
}
