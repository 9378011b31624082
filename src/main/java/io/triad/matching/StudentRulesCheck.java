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
    /** A student as the rules see them for an opening starting on {@code start}. */
    static final class Student {
        private final StudentDoc doc;
        private final LocalDate start;
        private Integer age;

        Student(StudentDoc doc, LocalDate start) {
            this.doc = doc;
            this.start = start;
        }

        /** Whole years on the start date, null without a birth date; worked out only for an age rule. */
        Integer age() {
            if (age == null && doc.birthDate() != null) {
                age = Period.between(doc.birthDate(), start).getYears();
            }
            return age;
        }
    }

    private static final Rule<StudentRules, ?, Student> LEVELS =
            Rule.of(StudentRules::levels, (c, v, t) -> c.oneOf("student.levels", v, t.doc.level()));
    private static final Rule<StudentRules, ?, Student> FIELDS =
            Rule.of(StudentRules::fields, (c, v, t) -> c.oneOf("student.fields", v, t.doc.field()));
    private static final Rule<StudentRules, ?, Student> ENROLMENT =
            Rule.of(StudentRules::enrolment, (c, v, t) -> c.oneOf("student.enrolment", v, t.doc.enrolment()));
    private static final Rule<StudentRules, ?, Student> RECENT_GRAD =
            Rule.of(StudentRulesCheck::recentGradMonths, (c, months, t) -> {
                if (months != null && t.doc.enrolment() == Enrolment.GRADUATED) {
                    // DATA.md fixes this exact form: minusMonths clamps to the month's end
                    // (05-31 minus 3 months = 02-28).
                    c.atLeast("student.recentGradMonths", t.start.minusMonths(months), t.doc.graduationDate());
                }
            });
    private static final Rule<StudentRules, ?, Student> WORK_STATUS =
            Rule.of(StudentRules::workStatus, (c, v, t) -> c.oneOf("student.workStatus", v, t.doc.workStatus()));
    private static final Rule<StudentRules, ?, Student> MIN_AGE =
            Rule.of(StudentRules::minAge, (c, v, t) -> c.atLeast("student.minAge", v, v == null ? null : t.age()));
    private static final Rule<StudentRules, ?, Student> MAX_AGE =
            Rule.of(StudentRules::maxAge, (c, v, t) -> c.atMost("student.maxAge", v, v == null ? null : t.age()));
    private static final Rule<StudentRules, ?, Student> REGIONS =
            Rule.of(StudentRules::regions, (c, v, t) -> c.region("student.regions", v, t.doc.region()));
    private static final List<Rule<StudentRules, ?, Student>> PRIVILEGED =
            List.of(LEVELS, FIELDS, ENROLMENT, RECENT_GRAD, WORK_STATUS, MIN_AGE, MAX_AGE, REGIONS);
    /** Without the rules on sensitive fields ({@link Privacy}): for other viewers these pass. */
    private static final List<Rule<StudentRules, ?, Student>> OTHERS =
            List.of(LEVELS, FIELDS, ENROLMENT, RECENT_GRAD, REGIONS);

    private StudentRulesCheck() {
    }

    /** The rules a viewer's answers are worked out with, in document order. */
    static List<Rule<StudentRules, ?, Student>> rules(boolean privileged) {
        return privileged ? PRIVILEGED : OTHERS;
    }

    /** Whether the rule reads the opening's start date (the others read the student alone). */
    static boolean dated(Rule<StudentRules, ?, Student> rule) {
        return rule == RECENT_GRAD || rule == MIN_AGE || rule == MAX_AGE;
    }

    static List<Failure> check(StudentRules rules, OpeningDoc opening, StudentDoc student, boolean privileged) {
        return evaluate(rules, opening, student, privileged).failures();
    }

    /**
     * The rules evaluated: {@link RuleCheck#count} for ranking, {@link RuleCheck#failures} for the details. For a
     * viewer who is not {@code privileged} the sensitive rules ({@link Privacy}) are not evaluated: they pass.
     */
    static RuleCheck evaluate(StudentRules rules, OpeningDoc opening, StudentDoc student, boolean privileged) {
        return evaluate(rules, new Student(student, opening.startDate()), privileged);
    }

    /** As above, for a student made once for every program's rules (its age is then worked out once). */
    static RuleCheck evaluate(StudentRules rules, Student on, boolean privileged) {
        RuleCheck check = new RuleCheck();
        for (Rule<StudentRules, ?, Student> rule : rules(privileged)) {
            rule.check(check, rules, on);
        }
        return check;
    }

    /** The recent-graduation rule applies only to a program open to graduates. */
    private static Integer recentGradMonths(StudentRules rules) {
        return rules.recentGradMonths() != null && rules.enrolment() != null
                && rules.enrolment().contains(Enrolment.GRADUATED) ? rules.recentGradMonths() : null;
    }
}
