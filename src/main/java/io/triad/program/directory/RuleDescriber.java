package io.triad.program.directory;

import io.triad.program.ProgramWording;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramDoc.EmployerRules;
import io.triad.domain.ProgramDoc.Funding;
import io.triad.domain.ProgramDoc.PlacementRules;
import io.triad.domain.ProgramDoc.StudentRules;
import io.triad.domain.Scope;
import io.triad.program.ProgramMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every rule of a program in plain words, grouped as DATA.md groups them; each sentence keeps its rule id. */
final class RuleDescriber {
    record Rule(String id, String text) {
    }

    record Group(String id, String title, List<Rule> rules) {
    }

    private final ProgramWording w;
    private final ProgramMessages m;

    private RuleDescriber(ProgramWording w) {
        this.w = w;
        this.m = w.m();
    }

    static List<Group> describe(ProgramDoc p, ProgramWording w) {
        RuleDescriber d = new RuleDescriber(w);
        List<Group> groups = new ArrayList<>();
        groups.add(d.group("intake", d.m.group_intake(), d.intake(p)));
        groups.add(d.group("employer", d.m.group_employer(), d.employer(p.employer())));
        if (p.scope() == Scope.PLACEMENT) {
            groups.add(d.group("student", d.m.group_student(), d.student(p.student())));
            groups.add(d.group("placement", d.m.group_placement(), d.placement(p.placement())));
        }
        List<Rule> funding = new ArrayList<>(d.funding(p));
        funding.addAll(d.workflowFunding(p));
        groups.add(d.group("funding", d.m.group_funding(), funding));
        return groups;
    }

    private Group group(String id, String title, List<Rule> rules) {
        return new Group(id, title, rules.isEmpty() ? List.of(new Rule("", m.rule_none())) : rules);
    }

    private List<Rule> intake(ProgramDoc p) {
        List<Rule> rules = new ArrayList<>();
        if (p.intake().opens() != null) {
            rules.add(new Rule("intake.opens", m.rule_opens(w.date(p.intake().opens()))));
        }
        if (p.intake().deadline() != null) {
            rules.add(new Rule("intake.deadline", m.rule_deadline(w.date(p.intake().deadline()))));
        }
        if (rules.isEmpty()) {
            rules.add(new Rule("", m.rule_always_open()));
        }
        if (p.scope() == Scope.PLACEMENT && p.capacity() != null) {
            rules.add(new Rule("capacity", m.rule_capacity(w.number(p.capacity()))));
        }
        return rules;
    }

    private List<Rule> employer(EmployerRules e) {
        List<Rule> rules = new ArrayList<>();
        list(rules, "employer.stages", e.stages(), w::labels, m::rule_stages);
        number(rules, "employer.minHeadcount", e.minHeadcount(), m::rule_min_headcount);
        number(rules, "employer.maxHeadcount", e.maxHeadcount(), m::rule_max_headcount);
        number(rules, "employer.minCompanyAgeYears", e.minCompanyAgeYears(), m::rule_min_company_age);
        number(rules, "employer.maxCompanyAgeYears", e.maxCompanyAgeYears(), m::rule_max_company_age);
        list(rules, "employer.regions", e.regions(), w::regionNames, m::rule_employer_regions);
        list(rules, "employer.sectors", e.sectors(), w::labels, m::rule_sectors);
        if (Boolean.TRUE.equals(e.mustBeIncorporated())) {
            rules.add(new Rule("employer.mustBeIncorporated", m.rule_incorporated()));
        }
        if (Boolean.TRUE.equals(e.forProfitOnly())) {
            rules.add(new Rule("employer.forProfitOnly", m.rule_for_profit()));
        }
        return rules;
    }

    private List<Rule> student(StudentRules s) {
        List<Rule> rules = new ArrayList<>();
        list(rules, "student.levels", s.levels(), w::labels, m::rule_levels);
        list(rules, "student.fields", s.fields(), w::labels, m::rule_fields);
        list(rules, "student.enrolment", s.enrolment(), w::labels, m::rule_enrolment);
        number(rules, "student.recentGradMonths", s.recentGradMonths(), m::rule_recent_grad);
        list(rules, "student.workStatus", s.workStatus(), w::labels, m::rule_work_status);
        number(rules, "student.minAge", s.minAge(), m::rule_min_age);
        number(rules, "student.maxAge", s.maxAge(), m::rule_max_age);
        list(rules, "student.regions", s.regions(), w::regionNames, m::rule_student_regions);
        return rules;
    }

    private List<Rule> placement(PlacementRules p) {
        List<Rule> rules = new ArrayList<>();
        number(rules, "placement.minWeeks", p.minWeeks(), m::rule_min_weeks);
        number(rules, "placement.maxWeeks", p.maxWeeks(), m::rule_max_weeks);
        number(rules, "placement.minHoursPerWeek", p.minHoursPerWeek(), m::rule_min_hours);
        if (p.earliestStart() != null) {
            rules.add(new Rule("placement.earliestStart", m.rule_earliest_start(w.date(p.earliestStart()))));
        }
        if (p.latestStart() != null) {
            rules.add(new Rule("placement.latestStart", m.rule_latest_start(w.date(p.latestStart()))));
        }
        return rules;
    }

    /** WORKFLOW.md's budget for placements and whether the program stacks with others on one placement. */
    private List<Rule> workflowFunding(ProgramDoc p) {
        Funding f = p.funding();
        List<Rule> rules = new ArrayList<>();
        if (f != null && p.scope() == Scope.PLACEMENT) {
            if (f.budget() != null) {
                rules.add(new Rule("funding.budget", m.rule_budget(w.money(f.budget(), f.currency()))));
            }
            if (Boolean.FALSE.equals(f.stackable())) {
                rules.add(new Rule("funding.stackable", m.rule_not_stackable()));
            }
        }
        return rules;
    }

    private List<Rule> funding(ProgramDoc p) {
        Funding f = p.funding();
        if (f == null) {
            return List.of(new Rule("funding", m.rule_amount_unknown()));
        }
        if (p.scope() == Scope.COMPANY) {
            return List.of(f.maxAmount() == null ? new Rule("funding", m.rule_amount_unknown())
                    : new Rule("funding.maxAmount", m.rule_max_amount(w.money(f.maxAmount(), f.currency()))));
        }
        if (f.flatPerPlacement() != null) {
            return List.of(new Rule("funding.flatPerPlacement", m.rule_flat(w.money(f.flatPerPlacement(), f.currency()))));
        }
        if (f.wagePercent() == null && f.enhancedWagePercent() == null) {
            return List.of(new Rule("funding", m.rule_amount_unknown()));
        }
        List<Rule> rules = new ArrayList<>();
        if (f.wagePercent() != null) {
            rules.add(new Rule("funding.wagePercent", f.capPerPlacement() == null ? m.rule_percent(w.number(f.wagePercent()))
                    : m.rule_percent_cap(w.number(f.wagePercent()), w.money(f.capPerPlacement(), f.currency()))));
        }
        if (f.enhancedGroups() != null && !f.enhancedGroups().isEmpty()) {
            BigDecimal pct = f.enhancedWagePercent() != null ? f.enhancedWagePercent() : f.wagePercent();
            BigDecimal cap = f.enhancedCapPerPlacement() != null ? f.enhancedCapPerPlacement() : f.capPerPlacement();
            String groups = w.labels(f.enhancedGroups());
            if (pct != null) {
                rules.add(new Rule("funding.enhancedWagePercent", cap == null ? m.rule_enhanced(w.number(pct), groups)
                        : m.rule_enhanced_cap(w.number(pct), w.money(cap, f.currency()), groups)));
            }
        }
        return rules;
    }

    private <T> void list(List<Rule> rules, String id, List<T> values, Function<List<T>, String> words,
            Function<String, String> sentence) {
        if (values != null && !values.isEmpty()) {
            rules.add(new Rule(id, sentence.apply(words.apply(values))));
        }
    }

    private void number(List<Rule> rules, String id, Number value, Function<String, String> sentence) {
        if (value != null) {
            rules.add(new Rule(id, sentence.apply(w.number(value))));
        }
    }
}
