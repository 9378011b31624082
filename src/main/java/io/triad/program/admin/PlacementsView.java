package io.triad.program.admin;

import io.triad.program.ProgramCard;
import io.triad.program.ProgramLabels;
import io.triad.program.ProgramWording;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.Reason;
import io.triad.program.ProgramMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A program's best placements as the page shows them: amounts, scores and the engine's reasons in the reader's words. */
record PlacementsView(ProgramCard program, boolean company, boolean conditional, String asOf, String count,
        List<Row> rows) {
    record Row(int rank, String openingKey, String opening, String studentKey, String student, String score, String amount, boolean enhancedPossible,
            List<String> skills, List<String> reasons) {
    }

    static PlacementsView of(ProgramDoc p, LocalDate asOf, AdminPrograms.Placements found, ProgramWording w,
            String lang) {
        Page<Placement> page = found.page();
        List<Row> rows = new ArrayList<>();
        for (Placement item : page.items()) {
            rows.add(new Row(rows.size() + 1, item.opening(), found.openings().getOrDefault(item.opening(), ""),
                    item.student(), found.students().getOrDefault(item.student(), ""), w.percent(item.score()),
                    item.amount() == null ? w.m().funding_unknown() : w.money(item.amount().value(), item.amount().currency()),
                    Boolean.TRUE.equals(item.enhancedPossible()), item.matchedSkills(),
                    item.reasons().stream().filter(r -> r.code() != io.triad.matching.ReasonCode.SKILLS || r.count(0) > 0)
                            .map(r -> reason(r, w.m())).toList()));
        }
        boolean conditional = page.items().stream().anyMatch(item -> Boolean.TRUE.equals(item.conditional()));
        return new PlacementsView(ProgramCard.of(p, w, lang), p.scope() == Scope.COMPANY, conditional, asOf.toString(),
                w.m().matches_count(w.number(rows.size()), w.number(page.total())), rows);
    }

    /** An engine's reason (code and arguments) in the reader's words. */
    static String reason(Reason reason, ProgramMessages m) {
        return switch (reason.code()) {
            case SKILLS -> m.reason_skills(String.valueOf(reason.count(0)), String.valueOf(reason.count(1)));
            case WORK_MODE -> m.reason_wants(ProgramLabels.of(m, reason.workMode()));
            case FIELD -> m.reason_field();
            case LEVEL -> m.reason_level();
            case AVAILABLE -> m.reason_available();
            case REMOTE -> m.reason_remote();
            case REGION -> m.reason_region();
            case COUNTRY -> m.reason_country();
            case ABROAD -> m.reason_abroad();
            case SECTOR -> m.reason_sector();
        };
    }
}
