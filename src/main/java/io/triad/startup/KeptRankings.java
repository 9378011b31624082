package io.triad.startup;

import io.triad.matching.Generation;
import io.triad.matching.KeptAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * An opening's ranked-students page as the engine draws it, kept rendered until the engine changes: the body with its
 * cards, the shared near misses' advice, the startup's and opening's names, all from the engine's answer for
 * the key (the date, the page size, filter and order, whether the viewer is an operator, who sees more reasons, and
 * the language). Who may see the opening is checked on every view before, and where each student stands with the
 * opening's invitations (the workflow, not the engine) is read on every view after. At most {@link #MOST_KEPT}.
 */
@ApplicationScoped
class KeptRankings {
    static final int MOST_KEPT = 256;

    record Asked(String startup, String opening, LocalDate asOf, boolean funded, boolean byAmount, int limit,
            boolean privileged, String lang) {
    }

    /**
     * One student's card as rendered up to its end, which is its "Invite" button (the page's one invitation form, with
     * the form token, is outside the cards) or, read on each view, where the student stands (by its key and name). The
     * markup is kept as the page sends it, in UTF-8 ({@link io.triad.web.SplicedPage}).
     */
    record Card(String key, String name, byte[] body, byte[] invite) {
    }

    /**
     * The page's title, its cards, and its body as the page sends it: either one piece (no student to show), or three
     * pieces with the viewer's form token between the first two and the cards between the last two.
     */
    record Drawn(String title, List<Card> cards, List<byte[]> body) {
    }

    private final KeptAnswers<Asked, Drawn> kept = new KeptAnswers<>(MOST_KEPT);

    Drawn get(Supplier<Generation> engine, Asked asked, Supplier<Drawn> draw) {
        return kept.get(engine, asked, draw);
    }
}
