package io.triad.round;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.indexing.SearchIndex;
import io.triad.matching.Eligibility;
import io.triad.matching.MatchOrder;
import io.triad.round.RoundStore.OpeningAt;
import io.triad.round.RoundViews.RoundView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a round's page shows each caller: its ranking to edit while open, then its result and why; figures to operators. */
@ApplicationScoped
class RoundBoard {
    /** One ranked key with its place, for up and down buttons. */
    record Line(String key, int rank, boolean first, boolean last) {
        /** The keyboard steps this line offers: up unless first, down unless last, and remove. */
        public List<String> actions() {
            List<String> out = new ArrayList<>();
            if (!first) {
                out.add("up");
            }
            if (!last) {
                out.add("down");
            }
            out.add("remove");
            return out;
        }
    }

    record Ranking(String key, boolean engineOrder, List<Line> ranked, List<String> others) {
    }

    /** {@code placed} false when the workflow refused the placement (the opening's positions were taken meanwhile). */
    record Outcome(String student, String opening, int choice, boolean placed) {
    }

    record Board(RoundView round, boolean operator, boolean editable, Ranking student, List<Ranking> openings,
            List<Outcome> outcomes, boolean unmatched, List<Why.Reason> why, boolean done, RoundNames.Names names) {
    }

    record Summary(UUID id, String name, RoundStatus status, String closesOn) {
    }

    private final RoundService rounds;
    private final RoundStore store;
    private final Sql sql;
    private final SearchIndex index;
    private final TriadConfig config;
    private final RoundNames names;

    RoundBoard(RoundService rounds, RoundStore store, Sql sql, SearchIndex index, TriadConfig config,
            RoundNames names) {
        this.rounds = rounds;
        this.names = names;
        this.store = store;
        this.sql = sql;
        this.index = index;
        this.config = config;
    }

    /** The rounds an operator runs, or those a participant takes part in, newest first. */
    @Transactional
    List<Summary> list(Account caller) {
        List<Summary> all = sql.list("select id, name, status, closes_on from round order by created_at desc, id",
                rs -> new Summary(Sql.uuid(rs, "id"), rs.getString(2), RoundStatus.valueOf(rs.getString(3)),
                        rs.getString(4)));
        return all.stream().filter(r -> visible(r.id(), caller)).toList();
    }

    private boolean visible(UUID id, Account caller) {
        try {
            rounds.get(id.toString(), caller);
            return true;
        } catch (io.triad.web.ProblemException e) {
            return false;
        }
    }

    @Transactional
    Board board(String rawId, Account caller, String lang) {
        RoundView round = rounds.get(rawId, caller);
        RoundAccess access = rounds.accessOf(round.id(), caller);
        boolean open = round.status() == RoundStatus.OPEN && !config.today().isAfter(round.closesOn());
        boolean done = round.status() == RoundStatus.DONE;
        Ranking student = access.kind() == RoundAccess.Kind.STUDENT ? studentRanking(round.id(), access) : null;
        List<Ranking> openings = access.kind() == RoundAccess.Kind.STARTUP ? openingRankings(round.id(), access) : List.of();
        List<Outcome> outcomes = new ArrayList<>();
        boolean unmatched = false;
        List<Why.Reason> why = List.of();
        if (done && access.kind() != RoundAccess.Kind.OPERATOR) {
            RoundResults.View results = rounds.results(rawId, caller);
            results.items().forEach(i -> outcomes.add(new Outcome(i.student(), i.opening(), i.choice(),
                    i.placement() != null)));
            unmatched = !results.unmatched().isEmpty();
            why = results.why();
        }
        return new Board(round, access.kind() == RoundAccess.Kind.OPERATOR, open, student, openings, outcomes,
                unmatched, why, done, names.of(round.id(), shownStudents(openings, outcomes, why), lang));
    }

    /** The students a startup's page names: those it ranks or may rank, those coming, those it missed. */
    private static java.util.Set<String> shownStudents(List<Ranking> openings, List<Outcome> outcomes,
            List<Why.Reason> why) {
        java.util.Set<String> out = new java.util.HashSet<>();
        openings.forEach(o -> {
            o.ranked().forEach(l -> out.add(l.key()));
            out.addAll(o.others());
        });
        outcomes.forEach(o -> out.add(o.student()));
        why.stream().map(Why.Reason::student).filter(java.util.Objects::nonNull).forEach(out::add);
        return out;
    }

    private Ranking studentRanking(UUID round, RoundAccess access) {
        RoundStore.StudentAt me = access.student().orElseThrow();
        List<String> ranked = store.studentRanking(round, me.id()).orElse(List.of());
        List<String> others = store.openings(round).stream()
                .filter(o -> Eligibility.openingFit(o.doc(), me.doc()).isEmpty()
                        && !Eligibility.hasStarted(o.doc(), config.today()))
                .map(OpeningAt::key).filter(k -> !ranked.contains(k)).toList();
        return new Ranking(me.key(), false, lines(ranked), others);
    }

    private List<Ranking> openingRankings(UUID round, RoundAccess access) {
        List<Ranking> out = new ArrayList<>();
        for (RoundStore.OpeningRanking r : store.openingRankings(round)) {
            if (!access.ownOpenings().contains(r.opening())) {
                continue;
            }
            List<String> ranked = r.students() == null ? List.of() : r.students();
            List<String> others = index.engine().forOpening(r.opening(), config.today(), 200, false, MatchOrder.SCORE,
                    false).items().stream().map(m -> m.student()).filter(k -> !ranked.contains(k)).toList();
            out.add(new Ranking(r.opening(), r.engineOrder(), lines(ranked), others));
        }
        return out;
    }

    private static List<Line> lines(List<String> keys) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Line(keys.get(i), i + 1, i == 0, i == keys.size() - 1));
        }
        return out;
    }

    /** The ranking after one keyboard step: move a key up or down, add it at the end, or remove it. */
    static List<String> edit(List<String> ranked, String action, String key) {
        List<String> out = new ArrayList<>(ranked);
        int i = out.indexOf(key);
        switch (action == null ? "" : action) {
            case "up" -> swap(out, i, i - 1);
            case "down" -> swap(out, i, i + 1);
            case "add" -> {
                if (i < 0 && key != null) {
                    out.add(key);
                }
            }
            case "remove" -> out.remove(key);
            default -> throw io.triad.web.ProblemException.badRequest("action must be up, down, add or remove");
        }
        return out;
    }

    private static void swap(List<String> keys, int i, int j) {
        if (i >= 0 && j >= 0 && j < keys.size()) {
            keys.set(i, keys.set(j, keys.get(i)));
        }
    }
}
