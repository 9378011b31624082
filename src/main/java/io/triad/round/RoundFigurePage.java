package io.triad.round;

import io.quarkus.qute.i18n.MessageBundles;
import io.triad.web.PageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operator's charts of a finished round, in the page's language. */
final class RoundFigurePage {
    private RoundFigurePage() {
    }

    static List<RoundCharts.Chart> charts(RoundBoard.Board board, PageContext ctx) {
        RoundViews.Figures f = board.round().figures();
        if (f == null) {
            return List.of();
        }
        RoundMessages m = MessageBundles.get(RoundMessages.class, io.quarkus.qute.i18n.Localized.Literal.of(ctx.lang()));
        List<RoundCharts.Entry> choices = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : f.choices().entrySet()) {
            choices.add(new RoundCharts.Entry(m.choice_label(e.getKey()), e.getValue(), e.getValue().toString()));
        }
        List<RoundCharts.Entry> funding = f.funding().stream().map(p -> new RoundCharts.Entry(board.names().program(p.program()),
                p.committed() == null ? 0 : p.committed().value().doubleValue(),
                p.committed() == null ? "0" : p.committed().value().toPlainString() + " " + p.committed().currency()
                        + " (" + p.placements() + ")")).toList();
        return List.of(
                RoundCharts.of("choices", m.choice_rank(), m.choices_desc(), m.choice_rank(), m.students_header(), choices),
                RoundCharts.of("funding", m.funding(), m.funding_desc(), m.program(), m.committed(), funding));
    }

    static long matchPercent(RoundBoard.Board board) {
        RoundViews.Figures f = board.round().figures();
        return f == null ? 0 : Math.round(f.matchRate() * 100);
    }
}
