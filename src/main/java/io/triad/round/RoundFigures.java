package io.triad.round;

import io.triad.db.Sql;
import io.triad.matching.Amount;
import io.triad.round.RoundViews.Figures;
import io.triad.round.RoundViews.ProgramFunding;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A finished round's figures for its operator: from its stored results and what its placements hold now. */
@ApplicationScoped
class RoundFigures {
    private final RoundStore store;
    private final Sql sql;

    RoundFigures(RoundStore store, Sql sql) {
        this.store = store;
        this.sql = sql;
    }

    Figures of(UUID round) {
        RoundResults results = store.stored(round, "result", RoundResults.class).orElse(null);
        RoundPlan plan = store.stored(round, "plan", RoundPlan.class).orElse(null);
        if (results == null || plan == null) {
            return null;
        }
        int matched = (int) results.items().stream().filter(i -> i.placement() != null).count();
        int students = results.items().size() + results.unmatched().size();
        Map<Integer, Integer> choices = new TreeMap<>();
        results.items().stream().filter(i -> i.placement() != null).forEach(i -> choices.merge(i.choice(), 1, Integer::sum));
        return new Figures(students, matched, students == 0 ? 0 : matched / (double) students, choices,
                funding(round), plan.optimal(), plan.gap(), plan.stop());
    }

    /** Per program of the round: the round's placements it approved and their amounts (what it committed). */
    private List<ProgramFunding> funding(UUID round) {
        return sql.list("""
                select g.key, g.doc->'funding'->>'currency' as currency,
                  count(a.id) filter (where a.status = 'APPROVED') as placements,
                  coalesce(sum(a.amount) filter (where a.status = 'APPROVED'), 0) as committed
                from round_program r join program g on g.id = r.program_id
                  left join application a on a.program_id = g.id
                    and a.placement_id in (select id from placement where round_id = ?)
                where r.round_id = ? group by g.id, g.key, currency order by g.id""",
                rs -> new ProgramFunding(rs.getString(1), rs.getLong(3), rs.getString(2) == null ? null
                        : new Amount(rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4), rs.getString(2))),
                round, round);
    }
}
