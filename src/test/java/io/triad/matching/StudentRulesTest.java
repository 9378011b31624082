package io.triad.matching;

import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkStatus;
import io.triad.matching.Failure.English;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentRulesTest {
    private static final OpeningDoc MAY_31 = opening(o -> o.startDate = date("2027-05-31"));

    private static List<Failure> check(ProgramDoc program, StudentDoc student) {
        return Eligibility.studentRules(program, opening(), student, true);
    }

    private static ProgramDoc recentGrads(int months) {
        return program(p -> {
            p.enrolment = List.of(Enrolment.ENROLLED_FULL_TIME, Enrolment.GRADUATED);
            p.recentGradMonths = months;
        });
    }

    private static StudentDoc graduatedOn(String date) {
        return student(t -> {
            t.enrolment = Enrolment.GRADUATED;
            t.graduationDate = date == null ? null : date(date);
        });
    }

    @Test
    void programWithoutStudentRulesAcceptsAnyStudent() {
        var bare = student(t -> {
            t.workStatus = null;
            t.birthDate = null;
            t.graduationDate = null;
        });

        assertThat(check(program(), bare)).isEmpty();
    }

    @Test
    void levelsTestTheStudentsLevel() {
        var program = program(p -> p.levels = List.of(Level.MASTER, Level.PHD));

        assertThat(check(program, student())).extracting(Failure::english)
                .containsExactly(new English("student.levels", "one of MASTER, PHD", "BACHELOR"));
        assertThat(check(program, student(t -> t.level = Level.PHD))).isEmpty();
    }

    @Test
    void fieldsTestTheStudentsField() {
        var program = program(p -> p.fields = List.of(FieldOfStudy.ENGINEERING));

        assertThat(check(program, student())).extracting(Failure::english)
                .containsExactly(new English("student.fields", "one of ENGINEERING", "COMPUTER_SCIENCE"));
    }

    @Test
    void enrolmentMustBeInTheList() {
        var program = program(p -> p.enrolment = List.of(Enrolment.ENROLLED_FULL_TIME));

        assertThat(check(program, student())).isEmpty();
        assertThat(check(program, student(t -> t.enrolment = Enrolment.NOT_ENROLLED))).extracting(Failure::english)
                .containsExactly(new English("student.enrolment", "one of ENROLLED_FULL_TIME", "NOT_ENROLLED"));
    }

    @Test
    void workStatusTestsTheStudentsStatus() {
        var program = program(p -> p.workStatus = List.of(WorkStatus.CITIZEN, WorkStatus.PERMANENT_RESIDENT));

        assertThat(check(program, student())).isEmpty();
        assertThat(check(program, student(t -> t.workStatus = WorkStatus.INTERNATIONAL))).extracting(Failure::english)
                .containsExactly(
                new English("student.workStatus", "one of CITIZEN, PERMANENT_RESIDENT", "INTERNATIONAL"));
    }

    @Test
    void missingWorkStatusFailsAWorkStatusRuleWithHaveNull() {
        var program = program(p -> p.workStatus = List.of(WorkStatus.CITIZEN));

        assertThat(check(program, student(t -> t.workStatus = null))).extracting(Failure::english)
                .containsExactly(new English("student.workStatus", "one of CITIZEN", null));
    }

    @Test
    void ageIsCountedOnTheOpeningStartDate() {
        var program = program(p -> p.maxAge = 21);

        assertThat(check(program, student(t -> t.birthDate = date("2005-05-04")))).isEmpty();
        assertThat(check(program, student(t -> t.birthDate = date("2005-05-03")))).extracting(Failure::english)
                .containsExactly(new English("student.maxAge", "<= 21", "22"));
    }

    @Test
    void minimumAgeIsReachedOnTheBirthdayNotTheDayBefore() {
        var program = program(p -> p.minAge = 18);

        assertThat(check(program, student(t -> t.birthDate = date("2009-05-03")))).isEmpty();
        assertThat(check(program, student(t -> t.birthDate = date("2009-05-04")))).extracting(Failure::english)
                .containsExactly(new English("student.minAge", ">= 18", "17"));
    }

    @Test
    void february29thBirthdayIsReachedOnMarch1stInCommonYears() {
        var program = program(p -> p.minAge = 19);
        var leapling = student(t -> t.birthDate = date("2008-02-29"));

        assertThat(Eligibility.studentRules(program, opening(o -> o.startDate = date("2027-02-28")), leapling, true))
                .extracting(Failure::english)
                .containsExactly(new English("student.minAge", ">= 19", "18"));
        assertThat(Eligibility.studentRules(program, opening(o -> o.startDate = date("2027-03-01")), leapling, true))
                .isEmpty();
    }

    @Test
    void february29thBirthdayIsReachedOnTheDayInLeapYears() {
        var program = program(p -> p.minAge = 20);
        var leapling = student(t -> t.birthDate = date("2008-02-29"));

        assertThat(Eligibility.studentRules(program, opening(o -> o.startDate = date("2028-02-29")), leapling, true))
                .isEmpty();
        assertThat(Eligibility.studentRules(program, opening(o -> o.startDate = date("2028-02-28")), leapling, true))
                .extracting(f -> f.english().have()).containsExactly("19");
    }

    @Test
    void missingBirthDateFailsBothAgeRulesWithHaveNull() {
        var program = program(p -> {
            p.minAge = 18;
            p.maxAge = 30;
        });

        assertThat(check(program, student(t -> t.birthDate = null))).extracting(Failure::english).containsExactly(
                new English("student.minAge", ">= 18", null), new English("student.maxAge", "<= 30", null));
    }

    @Test
    void recentGraduateMonthsAreCountedBackFromTheStartDateWithMonthEndClamping() {
        assertThat(Eligibility.studentRules(recentGrads(3), MAY_31, graduatedOn("2027-02-28"), true)).isEmpty();
        assertThat(Eligibility.studentRules(recentGrads(3), MAY_31, graduatedOn("2027-02-27"), true))
                .extracting(Failure::english)
                .containsExactly(new English("student.recentGradMonths", ">= 2027-02-28", "2027-02-27"));
    }

    @Test
    void recentGraduateOnTheExactDayMonthsBeforeTheStartPasses() {
        assertThat(check(recentGrads(6), graduatedOn("2026-11-03"))).isEmpty();
        assertThat(check(recentGrads(6), graduatedOn("2026-11-02"))).extracting(Failure::rule)
                .containsExactly("student.recentGradMonths");
    }

    @Test
    void graduateWithoutGraduationDateFailsRecentGradWithHaveNull() {
        assertThat(check(recentGrads(12), graduatedOn(null))).extracting(Failure::english)
                .containsExactly(new English("student.recentGradMonths", ">= 2026-05-03", null));
    }

    @Test
    void recentGradMonthsDoNotApplyToStudentsStillEnrolled() {
        var enrolledLongAgoGraduated = student(t -> t.graduationDate = date("2001-01-01"));

        assertThat(check(recentGrads(3), enrolledLongAgoGraduated)).isEmpty();
    }

    @Test
    void recentGradMonthsApplyOnlyWhenTheEnrolmentListHoldsGraduated() {
        var noEnrolmentList = program(p -> p.recentGradMonths = 3);

        assertThat(check(noEnrolmentList, graduatedOn("2001-01-01"))).isEmpty();
    }

    @Test
    void graduateNotAllowedByTheEnrolmentListFailsOnlyEnrolment() {
        var program = program(p -> {
            p.enrolment = List.of(Enrolment.ENROLLED_FULL_TIME);
            p.recentGradMonths = 3;
        });

        assertThat(check(program, graduatedOn("2001-01-01"))).extracting(Failure::rule)
                .containsExactly("student.enrolment");
    }

    @Test
    void studentRegionsUseTheRegionMatch() {
        assertThat(check(program(p -> p.studentRegions = List.of("CA")), student())).isEmpty();
        assertThat(check(program(p -> p.studentRegions = List.of("CA-QC")), student())).extracting(Failure::english)
                .containsExactly(new English("student.regions", "region CA-QC", "CA-ON"));
    }

    @Test
    void everyStudentRuleIsEvaluatedAndReportedInDocumentOrder() {
        var program = program(p -> {
            p.levels = List.of(Level.PHD);
            p.fields = List.of(FieldOfStudy.TRADES);
            p.enrolment = List.of(Enrolment.GRADUATED);
            p.recentGradMonths = 1;
            p.workStatus = List.of(WorkStatus.CITIZEN);
            p.minAge = 30;
            p.maxAge = 10;
            p.studentRegions = List.of("US");
        });

        assertThat(check(program, graduatedOn("2020-01-01"))).extracting(Failure::rule).containsExactly(
                "student.levels", "student.fields", "student.recentGradMonths", "student.workStatus",
                "student.minAge", "student.maxAge", "student.regions");
        assertThat(check(program, student())).extracting(Failure::rule).containsExactly(
                "student.levels", "student.fields", "student.enrolment", "student.workStatus",
                "student.minAge", "student.maxAge", "student.regions");
    }
}
