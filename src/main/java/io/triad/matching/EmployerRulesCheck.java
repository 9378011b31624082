package io.triad.matching;

import io.triad.domain.ProgramDoc.EmployerRules;
import io.triad.domain.StartupDoc;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The employer rules of DATA.md, in document order. */
final class EmployerRulesCheck {
    private EmployerRulesCheck() {
    }

    static List<Failure> check(EmployerRules rules, StartupDoc startup, LocalDate asOf) {
        Integer age = startup.foundedOn() == null ? null : Period.between(startup.foundedOn(), asOf).getYears();
        return new RuleCheck()
                .oneOf("employer.stages", rules.stages(), startup.stage())
                .region("employer.regions", rules.regions(), startup.region())
                .anyOf("employer.sectors", rules.sectors(), startup.sectors())
                .atLeast("employer.minHeadcount", rules.minHeadcount(), startup.headcount())
                .atMost("employer.maxHeadcount", rules.maxHeadcount(), startup.headcount())
                .atLeast("employer.minCompanyAgeYears", rules.minCompanyAgeYears(), age)
                .atMost("employer.maxCompanyAgeYears", rules.maxCompanyAgeYears(), age)
                .required("employer.mustBeIncorporated", rules.mustBeIncorporated(), startup.incorporated())
                .required("employer.forProfitOnly", rules.forProfitOnly(), startup.forProfit())
                .failures();
    }
}
