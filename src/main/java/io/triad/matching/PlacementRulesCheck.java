package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc.PlacementRules;
import java.util.List;

/** The placement rules of DATA.md, in document order. */
final class PlacementRulesCheck {
    private PlacementRulesCheck() {
    }

    static List<Failure> check(PlacementRules rules, OpeningDoc opening) {
        return new RuleCheck()
                .atLeast("placement.minWeeks", rules.minWeeks(), opening.weeks())
                .atMost("placement.maxWeeks", rules.maxWeeks(), opening.weeks())
                .atLeast("placement.minHoursPerWeek", rules.minHoursPerWeek(), opening.hoursPerWeek())
                .atLeast("placement.earliestStart", rules.earliestStart(), opening.startDate())
                .atMost("placement.latestStart", rules.latestStart(), opening.startDate())
                .failures();
    }
}
