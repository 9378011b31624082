package io.triad.matching;

import io.triad.domain.Enrolment;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc.StudentRules;
import io.triad.domain.StudentDoc;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The student rules of DATA.md, in document order; ages are counted on the opening's start date. */
final class StudentRulesCheck {
    private StudentRulesCheck() {
    }

    static List<Failure> check(StudentRules rules, OpeningDoc opening, StudentDoc student, boolean privileged) {
        return evaluate(rules, opening, student, privileged).failures();
    }

    /**
     * The rules evaluated: {@link RuleCheck#count} for ranking, {@link RuleCheck#failures} for the details. For a
     * viewer who is not {@code privileged} the sensitive rules ({@link Privacy}) are not evaluated: they pass.
     */
    static RuleCheck evaluate(StudentRules rules, OpeningDoc opening, StudentDoc student, boolean privileged) {
        RuleCheck check = nonSensitive(rules, opening, student);
        if (privileged) {
            boolean ageRule = rules.minAge() != null || rules.maxAge() != null;
            Integer age = student.birthDate() == null || !ageRule
                    ? null : Period.between(student.birthDate(), opening.startDate()).getYears();
            check.oneOf("student.workStatus", rules.workStatus(), student.workStatus())
                    .atLeast("student.minAge", rules.minAge(), age)
                    .atMost("student.maxAge", rules.maxAge(), age);
        }
        return check.region("student.regions", rules.regions(), student.region());
    }

    private static RuleCheck nonSensitive(StudentRules rules, OpeningDoc opening, StudentDoc student) {
        RuleCheck check = new RuleCheck()
                .oneOf("student.levels", rules.levels(), student.level())
                .oneOf("student.fields", rules.fields(), student.field())
                .oneOf("student.enrolment", rules.enrolment(), student.enrolment());
        if (recentGradRuleApplies(rules, student)) {
            // DATA.md fixes this exact form: minusMonths clamps to the month's end (05-31 minus 3 months = 02-28).
            LocalDate earliest = opening.startDate().minusMonths(rules.recentGradMonths());
            check.atLeast("student.recentGradMonths", earliest, student.graduationDate());
        }
        return check;
    }

    private static boolean recentGradRuleApplies(StudentRules rules, StudentDoc student) {
        return rules.recentGradMonths() != null
                && rules.enrolment() != null && rules.enrolment().contains(Enrolment.GRADUATED)
                && student.enrolment() == Enrolment.GRADUATED;
    }
}
