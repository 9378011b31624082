package io.triad.program.dashboard;

import io.triad.domain.ProgramDoc;
import io.triad.matching.Generation;
import io.triad.matching.KeptAnswers;
import io.triad.program.dashboard.DashboardService.Applications;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A dashboard below its title, kept rendered until the engine changes: the program's document and counts are the
 * engine's, and everything else it is drawn from is in the key: the program, its applications (read from PostgreSQL
 * with who may look on every view, so a new application or approval is a new key), the date, the viewer kind (an
 * operator sees small groups) and the language. Who may look is checked on every view before. At most
 * {@link #MOST_KEPT} are kept.
 */
@ApplicationScoped
class KeptDashboards {
    static final int MOST_KEPT = 256;

    record Asked(String program, Applications applications, LocalDate asOf, boolean privileged, String lang) {
    }

    /**
     * The document the page was drawn from (its title names the program) and the page below the title, in UTF-8 as the
     * page sends it.
     */
    record Drawn(ProgramDoc program, byte[] body) {
    }

    private final KeptAnswers<Asked, Drawn> kept = new KeptAnswers<>(MOST_KEPT);

    Drawn get(Supplier<Generation> engine, Asked asked, Supplier<Drawn> draw) {
        return kept.get(engine, asked, draw);
    }
}
