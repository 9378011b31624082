package io.triad.placement;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramDoc.EmployerRules;
import io.triad.domain.ProgramDoc.PlacementRules;
import io.triad.domain.ProgramDoc.StudentRules;
import io.triad.matching.Failure;
import io.triad.placement.Views.VerdictItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict recorded when applying: every rule the program sets (DATA.md's ids, in the program document's order),
 * each with whether it passed. Capacity is left out: approval decides it. Only ids and flags are kept, never the
 * values tested, so a program administrator learns which rules passed and nothing about birth date, work status or
 * groups.
 */
final class Verdicts {
    private Verdicts() {
    }

    static List<VerdictItem> of(ProgramDoc program, List<Failure> failed) {
        Set<String> failedRules = failed.stream().map(Failure::rule).collect(Collectors.toSet());
        return rulesSet(program).stream().map(rule -> new VerdictItem(rule, !failedRules.contains(rule))).toList();
    }

    /** The ids of the rules the program sets (an absent, null or empty rule is no restriction). */
    static List<String> rulesSet(ProgramDoc p) {
        List<String> rules = new ArrayList<>();
        add(rules, "intake.opens", p.intake().opens());
        add(rules, "intake.deadline", p.intake().deadline());
        EmployerRules e = p.employer();
        add(rules, "employer.stages", e.stages());
        add(rules, "employer.regions", e.regions());
        add(rules, "employer.sectors", e.sectors());
        add(rules, "employer.minHeadcount", e.minHeadcount());
        add(rules, "employer.maxHeadcount", e.maxHeadcount());
        add(rules, "employer.minCompanyAgeYears", e.minCompanyAgeYears());
        add(rules, "employer.maxCompanyAgeYears", e.maxCompanyAgeYears());
        add(rules, "employer.mustBeIncorporated", Boolean.TRUE.equals(e.mustBeIncorporated()) ? true : null);
        add(rules, "employer.forProfitOnly", Boolean.TRUE.equals(e.forProfitOnly()) ? true : null);
        StudentRules s = p.student();
        add(rules, "student.levels", s.levels());
        add(rules, "student.fields", s.fields());
        add(rules, "student.enrolment", s.enrolment());
        add(rules, "student.recentGradMonths", s.recentGradMonths());
        add(rules, "student.workStatus", s.workStatus());
        add(rules, "student.minAge", s.minAge());
        add(rules, "student.maxAge", s.maxAge());
        add(rules, "student.regions", s.regions());
        PlacementRules r = p.placement();
        add(rules, "placement.minWeeks", r.minWeeks());
        add(rules, "placement.maxWeeks", r.maxWeeks());
        add(rules, "placement.minHoursPerWeek", r.minHoursPerWeek());
        add(rules, "placement.earliestStart", r.earliestStart());
        add(rules, "placement.latestStart", r.latestStart());
        return rules;
    }

    private static void add(List<String> rules, String id, Object value) {
        if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
            rules.add(id);
        }
    }
}
