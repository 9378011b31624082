package io.triad.startup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.matching.KeptAnswers;
import io.triad.matching.MatchEngine;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Candidate;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.StudentForOpening;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * An opening's ranked students, kept until the engine changes: the founders' page and the JSON matches of an opening
 * are asked over and over between two changes, and each ranking decodes and explains every shown student. Who may see
 * the opening is checked by the caller first; the key holds all else the ranking depends on (the date, the page size,
 * the filter and order, and whether the viewer is an operator, who sees more of the reasons).
 */
@ApplicationScoped
class OpeningRankings {
    private record Asked(String opening, LocalDate asOf, int limit, boolean funded, MatchOrder order,
            boolean privileged) {
    }

    private final KeptAnswers<Asked, Page<Candidate>> kept = new KeptAnswers<>(512);
    /** The JSON answers as written: under load, writing a ranking out cost the API more than everything else. */
    private final KeptAnswers<Asked, byte[]> written = new KeptAnswers<>(512);
    private final ObjectMapper json;

    OpeningRankings(ObjectMapper json) {
        this.json = json;
    }

    Page<Candidate> candidates(MatchEngine engine, String opening, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        return kept.get(engine::generation, new Asked(opening, asOf, limit, funded, order, privileged),
                () -> engine.candidatesForOpening(opening, asOf, limit, funded, order, privileged));
    }

    /** As {@link MatchEngine#forOpening}, from the kept ranking. */
    Page<StudentForOpening> matches(MatchEngine engine, String opening, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        Page<Candidate> page = candidates(engine, opening, asOf, limit, funded, order, privileged);
        return new Page<>(page.items().stream().map(Candidate::match).toList(), page.total());
    }

    /** {@link #matches} as the API's JSON, written by the application's ObjectMapper once per engine generation. */
    byte[] matchesJson(MatchEngine engine, String opening, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        return written.get(engine::generation, new Asked(opening, asOf, limit, funded, order, privileged), () -> {
            try {
                return json.writeValueAsBytes(matches(engine, opening, asOf, limit, funded, order, privileged));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A ranking could not be written", e);
            }
        });
    }
}
