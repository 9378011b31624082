package io.triad.program.dashboard;

import io.quarkus.qute.RawString;
import io.triad.matching.Generation;
import io.triad.matching.KeptAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A dashboard's charts, kept rendered until the engine changes: they are drawn from the engine's counts alone (kept
 * per program and viewer already, see the engine's program counts), for a program, the approved placements that fill
 * its capacity (read from PostgreSQL on every view, so a new approval is in the key), a date, a viewer kind (an
 * operator sees small groups) and a language. What the page shows of the workflow (applications, uptake) is read on
 * every view and is not part of them. At most {@link #MOST_KEPT} are kept.
 */
@ApplicationScoped
class KeptCharts {
    static final int MOST_KEPT = 256;

    record Asked(String program, long approved, LocalDate asOf, boolean privileged, String lang) {
    }

    private final KeptAnswers<Asked, RawString> kept = new KeptAnswers<>(MOST_KEPT);

    RawString charts(Supplier<Generation> engine, Asked asked, Supplier<String> render) {
        return kept.get(engine, asked, () -> new RawString(render.get()));
    }
}
