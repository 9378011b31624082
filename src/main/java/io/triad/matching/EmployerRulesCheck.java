package io.triad.matching;

import io.triad.domain.ProgramDoc.EmployerRules;
import io.triad.domain.Sector;
import io.triad.domain.StartupDoc;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The employer rules of DATA.md, in document order. */
final class EmployerRulesCheck {
    /**
     * A startup as the rules see it on a date: company age in whole years, null without a founding date; its sectors
     * copied once, so that the failures of a page's many sector rules share the copy instead of each making one.
     */
    record Employer(StartupDoc startup, Integer age, List<Sector> sectors) {
        static Employer of(StartupDoc startup, LocalDate asOf) {
            return new Employer(startup,
                    startup.foundedOn() == null ? null : Period.between(startup.foundedOn(), asOf).getYears(),
                    List.copyOf(startup.sectors()));
        }
    }

    static final List<Rule<EmployerRules, ?, Employer>> RULES = List.of(
            Rule.of(EmployerRules::stages, (c, v, e) -> c.oneOf("employer.stages", v, e.startup().stage())),
            Rule.of(EmployerRules::regions, (c, v, e) -> c.region("employer.regions", v, e.startup().region())),
            Rule.of(EmployerRules::sectors, (c, v, e) -> c.anyOf("employer.sectors", v, e.sectors())),
            Rule.of(EmployerRules::minHeadcount,
                    (c, v, e) -> c.atLeast("employer.minHeadcount", v, e.startup().headcount())),
            Rule.of(EmployerRules::maxHeadcount,
                    (c, v, e) -> c.atMost("employer.maxHeadcount", v, e.startup().headcount())),
            Rule.of(EmployerRules::minCompanyAgeYears,
                    (c, v, e) -> c.atLeast("employer.minCompanyAgeYears", v, e.age())),
            Rule.of(EmployerRules::maxCompanyAgeYears,
                    (c, v, e) -> c.atMost("employer.maxCompanyAgeYears", v, e.age())),
            Rule.of(EmployerRules::mustBeIncorporated,
                    (c, v, e) -> c.required("employer.mustBeIncorporated", v, e.startup().incorporated())),
            Rule.of(EmployerRules::forProfitOnly,
                    (c, v, e) -> c.required("employer.forProfitOnly", v, e.startup().forProfit())));

    private EmployerRulesCheck() {
    }

    static List<Failure> check(EmployerRules rules, StartupDoc startup, LocalDate asOf) {
        Employer employer = Employer.of(startup, asOf);
        RuleCheck check = new RuleCheck();
        RULES.forEach(rule -> rule.check(check, rules, employer));
        return check.failures();
    }
}
