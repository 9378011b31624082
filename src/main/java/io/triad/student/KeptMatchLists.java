package io.triad.student;

import io.triad.domain.StudentDoc;
import io.triad.matching.Generation;
import io.triad.matching.KeptAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A student's matches below the page's title (the list, its counts and the link to more), kept rendered until the
 * engine changes: the list is drawn from the engine's answer for the student's profile alone (the openings, startups
 * and programs it names come from the same engine), so it is a function of the generation, the profile, the day, the
 * page size and the language. The profile itself is read from PostgreSQL on every view and is the key: a list is only
 * ever its own student's, and a saved profile asks anew. At most {@link #MOST_KEPT} lists are kept.
 */
@ApplicationScoped
class KeptMatchLists {
    static final int MOST_KEPT = 256;

    record Asked(StudentDoc student, LocalDate asOf, int limit, String lang) {
    }

    /** The page below its title, with the list, rendered (UTF-8, as the page sends it). */
    record Shown(byte[] body) {
    }

    private final KeptAnswers<Asked, Shown> kept = new KeptAnswers<>(MOST_KEPT);

    Shown get(Supplier<Generation> engine, Asked asked, Supplier<Shown> render) {
        return kept.get(engine, asked, render);
    }
}
