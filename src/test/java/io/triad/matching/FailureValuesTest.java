package io.triad.matching;

import static io.triad.matching.Docs.AS_OF;
import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.dec;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.startup;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Level;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.WorkStatus;
import io.triad.matching.Failure.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule checks keep what failed as typed values (numbers, dates, constants, flags), not as text. */
class FailureValuesTest {

    @Test
    void boundsKeepTheirNumbersAndDates() {
        assertThat(Eligibility.placementRules(program(p -> p.minHoursPerWeek = dec("30")),
                opening(o -> o.hoursPerWeek = dec("29.50"))))
                .containsExactly(Failure.of("placement.minHoursPerWeek", Kind.AT_LEAST, dec("30"), dec("29.50")));
        assertThat(Eligibility.programOpen(program(p -> p.deadline = date("2027-02-28")), AS_OF))
                .containsExactly(Failure.of("intake.deadline", Kind.AT_MOST, date("2027-02-28"), AS_OF));
        assertThat(Eligibility.capacity(program(p -> p.capacity = 10), 10))
                .containsExactly(Failure.of("capacity", Kind.LESS_THAN, 10L, 10L));
    }

    @Test
    void setRulesKeepTheirConstantsInTheRulesOrder() {
        assertThat(Eligibility.studentRules(program(p -> p.levels = List.of(Level.PHD, Level.MASTER)), opening(),
                student(), true)).containsExactly(
                        new Failure("student.levels", Kind.ONE_OF, List.of(Level.PHD, Level.MASTER),
                                List.of(Level.BACHELOR)));
        assertThat(Eligibility.employerRules(program(p -> p.sectors = List.of(Sector.MEDIA)), startup(), AS_OF))
                .containsExactly(new Failure("employer.sectors", Kind.ANY_OF, List.of(Sector.MEDIA),
                        List.of(Sector.HARDWARE, Sector.SOFTWARE)));
        assertThat(Eligibility.employerRules(program(p -> p.employerRegions = List.of("CA-QC")), startup(), AS_OF))
                .containsExactly(Failure.of("employer.regions", Kind.REGION, "CA-QC", "CA-ON"));
    }

    @Test
    void flagsScopeAndAvailabilityKeepTheirValues() {
        assertThat(Eligibility.employerRules(program(p -> p.forProfitOnly = true),
                startup(s -> s.forProfit = false), AS_OF))
                .containsExactly(Failure.of("employer.forProfitOnly", Kind.IS, true, false));
        assertThat(Eligibility.scope(program(p -> p.scope = Scope.COMPANY), Scope.PLACEMENT))
                .containsExactly(Failure.of("scope", Kind.IS, Scope.PLACEMENT, Scope.COMPANY));
        assertThat(Eligibility.openingFit(opening(), student(t -> t.availableUntil = date("2027-08-21"))))
                .containsExactly(new Failure("opening.availability", Kind.AVAILABILITY,
                        List.of(date("2027-05-03"), date("2027-08-22")),
                        List.of(date("2027-05-01"), date("2027-08-21"))));
    }

    @Test
    void aMissingValueIsNullAndOthersNeverGetASensitiveFailure() {
        var program = program(p -> p.workStatus = List.of(WorkStatus.CITIZEN));
        var missing = Eligibility.studentRules(program, opening(), student(t -> t.workStatus = null), true);
        assertThat(missing).containsExactly(Failure.of("student.workStatus", Kind.ONE_OF, WorkStatus.CITIZEN, null));

        assertThat(Eligibility.studentRules(program, opening(), student(t -> t.workStatus = null), false)).isEmpty();
    }
}
