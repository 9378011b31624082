package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc.PlacementRules;
import java.util.List;

/** The placement rules of DATA.md, in document order. */
final class PlacementRulesCheck {
    static final List<Rule<PlacementRules, ?, OpeningDoc>> RULES = List.of(
            Rule.of(PlacementRules::minWeeks, (c, v, o) -> c.atLeast("placement.minWeeks", v, o.weeks())),
            Rule.of(PlacementRules::maxWeeks, (c, v, o) -> c.atMost("placement.maxWeeks", v, o.weeks())),
            Rule.of(PlacementRules::minHoursPerWeek,
                    (c, v, o) -> c.atLeast("placement.minHoursPerWeek", v, o.hoursPerWeek())),
            Rule.of(PlacementRules::earliestStart, (c, v, o) -> c.atLeast("placement.earliestStart", v, o.startDate())),
            Rule.of(PlacementRules::latestStart, (c, v, o) -> c.atMost("placement.latestStart", v, o.startDate())));

    private PlacementRulesCheck() {
    }

    static List<Failure> check(PlacementRules rules, OpeningDoc opening) {
        RuleCheck check = new RuleCheck();
        RULES.forEach(rule -> rule.check(check, rules, opening));
        return check.failures();
    }
}
