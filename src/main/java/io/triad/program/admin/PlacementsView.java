package io.triad.program.admin;

import io.triad.program.ProgramCard;
import io.triad.program.ProgramWording;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.WorkMode;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.program.ProgramMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A program's best placements as the page shows them: amounts, scores and the engine's reasons in the reader's words. */
record PlacementsView(ProgramCard program, boolean company, String asOf, String count, List<Row> rows) {
    private static final Pattern SKILLS = Pattern.compile("(\\d+) of (\\d+) skills");
    private static final Pattern WANTS = Pattern.compile("wants (\\w+) work");

    record Row(int rank, String opening, String student, String score, String amount, boolean enhancedPossible,
            List<String> skills, List<String> reasons) {
    }

    static PlacementsView of(ProgramDoc p, LocalDate asOf, Page<Placement> page, ProgramWording w, String lang) {
        List<Row> rows = new ArrayList<>();
        for (Placement item : page.items()) {
            rows.add(new Row(rows.size() + 1, item.opening(), item.student(), w.number(item.score()),
                    item.amount() == null ? w.m().funding_unknown() : w.money(item.amount().value(), item.amount().currency()),
                    Boolean.TRUE.equals(item.enhancedPossible()), item.matchedSkills(),
                    item.reasons().stream().map(r -> reason(r, w)).toList()));
        }
        return new PlacementsView(ProgramCard.of(p, w, lang), p.scope() == Scope.COMPANY, asOf.toString(),
                w.m().matches_count(w.number(rows.size()), w.number(page.total())), rows);
    }

    /** The engine's reasons are fixed English phrases (API.md); the page says them in the reader's language. */
    static String reason(String english, ProgramWording w) {
        ProgramMessages m = w.m();
        Matcher skills = SKILLS.matcher(english);
        if (skills.matches()) {
            return m.reason_skills(skills.group(1), skills.group(2));
        }
        Matcher wants = WANTS.matcher(english);
        if (wants.matches()) {
            String mode = wants.group(1).toUpperCase(Locale.ROOT);
            boolean known = mode.equals("ONSITE") || mode.equals("HYBRID") || mode.equals("REMOTE");
            return m.reason_wants(known ? w.label(WorkMode.valueOf(mode)) : wants.group(1));
        }
        return switch (english) {
            case "field of study fits" -> m.reason_field();
            case "level of study fits" -> m.reason_level();
            case "available for the whole placement" -> m.reason_available();
            case "remote work" -> m.reason_remote();
            case "lives in the startup's region" -> m.reason_region();
            case "same country as the startup" -> m.reason_country();
            case "outside the startup's country" -> m.reason_abroad();
            case "interested in the startup's sector" -> m.reason_sector();
            default -> english;
        };
    }
}
