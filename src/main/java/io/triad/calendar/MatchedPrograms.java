package io.triad.calendar;

import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Funded;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The placement programs that would fund at least one ranked student for an opening, from the engine (its indexes,
 * not a PostgreSQL scan per student). Judged as a founder may see it: a rule on a sensitive student field passes, so
 * that no deadline tells a founder what it may not know.
 */
@ApplicationScoped
class MatchedPrograms {
    /** The best matches looked at per opening: the ones a founder would act on. */
    static final int MOST = 1000;

    private final SearchIndex index;

    MatchedPrograms(SearchIndex index) {
        this.index = index;
    }

    Set<String> programs(String opening, LocalDate today) {
        return index.engine().forOpening(opening, today, MOST, true, MatchOrder.SCORE, false).items().stream()
                .flatMap(m -> m.programs().stream()).map(Funded::program).collect(Collectors.toSet());
    }
}
