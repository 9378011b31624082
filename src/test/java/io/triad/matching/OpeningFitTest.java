package io.triad.matching;

import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.student;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.WorkMode;
import io.triad.matching.Failure.English;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningFitTest {

    @Test
    void exampleStudentFitsExampleOpening() {
        assertThat(Eligibility.openingFit(opening(), student())).isEmpty();
    }

    @Test
    void openingWithoutLevelOrFieldListsAcceptsEveryLevelAndField() {
        var unrestricted = opening(o -> {
            o.levels = null;
            o.fields = List.of();
        });
        var student = student(t -> {
            t.level = Level.COLLEGE;
            t.field = FieldOfStudy.TRADES;
        });

        assertThat(Eligibility.openingFit(unrestricted, student)).isEmpty();
    }

    @Test
    void rejectsStudentWhoseLevelIsNotAmongTheOpeningLevels() {
        var student = student(t -> t.level = Level.COLLEGE);

        assertThat(Eligibility.openingFit(opening(), student)).extracting(Failure::english)
                .containsExactly(new English("opening.levels", "one of BACHELOR, MASTER", "COLLEGE"));
    }

    @Test
    void rejectsStudentWhoseFieldIsNotAmongTheOpeningFields() {
        var student = student(t -> t.field = FieldOfStudy.BUSINESS);

        assertThat(Eligibility.openingFit(opening(), student)).extracting(Failure::english)
                .containsExactly(new English("opening.fields", "one of COMPUTER_SCIENCE, ENGINEERING", "BUSINESS"));
    }

    @Test
    void placementLastDayIsStartPlusSevenTimesWeeksMinusOne() {
        assertThat(opening().lastDay()).isEqualTo(date("2027-08-22"));
        assertThat(opening(o -> o.weeks = 1).lastDay()).isEqualTo(date("2027-05-09"));
    }

    @Test
    void acceptsStudentAvailableFromExactlyTheStartDate() {
        var student = student(t -> t.availableFrom = date("2027-05-03"));

        assertThat(Eligibility.openingFit(opening(), student)).isEmpty();
    }

    @Test
    void rejectsStudentAvailableOnlyFromTheDayAfterTheStartDate() {
        var student = student(t -> t.availableFrom = date("2027-05-04"));

        assertThat(Eligibility.openingFit(opening(), student)).extracting(Failure::english)
                .containsExactly(new English("opening.availability",
                        "from <= 2027-05-03, until >= 2027-08-22", "from 2027-05-04, until 2027-08-31"));
    }

    @Test
    void acceptsAvailabilityEndingExactlyOnThePlacementsLastDay() {
        var student = student(t -> t.availableUntil = date("2027-08-22"));

        assertThat(Eligibility.openingFit(opening(), student)).isEmpty();
    }

    @Test
    void rejectsAvailabilityEndingTheDayBeforeThePlacementsLastDay() {
        var student = student(t -> t.availableUntil = date("2027-08-21"));

        assertThat(Eligibility.openingFit(opening(), student)).extracting(Failure::english)
                .containsExactly(new English("opening.availability",
                        "from <= 2027-05-03, until >= 2027-08-22", "from 2027-05-01, until 2027-08-21"));
    }

    @Test
    void openEndedAvailabilityCoversAnyPlacementLength() {
        var student = student(t -> t.availableUntil = null);

        assertThat(Eligibility.openingFit(opening(o -> o.weeks = 104), student)).isEmpty();
    }

    @Test
    void openEndedAvailabilityStartingTooLateShowsOnlyTheStart() {
        var student = student(t -> {
            t.availableFrom = date("2027-06-01");
            t.availableUntil = null;
        });

        assertThat(Eligibility.openingFit(opening(), student)).extracting(f -> f.english().have())
                .containsExactly("from 2027-06-01");
    }

    @Test
    void rejectsOpeningWhoseWorkModeTheStudentDidNotList() {
        var remote = opening(o -> o.workMode = WorkMode.REMOTE);

        assertThat(Eligibility.openingFit(remote, student())).extracting(Failure::english)
                .containsExactly(new English("opening.workMode", "one of ONSITE, HYBRID", "REMOTE"));
    }

    @Test
    void studentListingNoWorkModesAcceptsEveryWorkMode() {
        var student = student(t -> t.workModes = List.of());

        assertThat(Eligibility.openingFit(opening(o -> o.workMode = WorkMode.REMOTE), student)).isEmpty();
    }

    @Test
    void reportsEveryFailedFitRuleInOrder() {
        var student = student(t -> {
            t.level = Level.PHD;
            t.field = FieldOfStudy.DESIGN_ARTS;
            t.availableUntil = date("2027-06-30");
            t.workModes = List.of(WorkMode.REMOTE);
        });

        assertThat(Eligibility.openingFit(opening(), student)).extracting(Failure::rule)
                .containsExactly("opening.levels", "opening.fields", "opening.availability", "opening.workMode");
    }

    @Test
    void openingStartingOnAsOfHasNotStarted() {
        assertThat(Eligibility.hasStarted(opening(), date("2027-05-03"))).isFalse();
        assertThat(Eligibility.hasStarted(opening(), date("2027-05-02"))).isFalse();
    }

    @Test
    void openingStartingBeforeAsOfHasStarted() {
        assertThat(Eligibility.hasStarted(opening(), date("2027-05-04"))).isTrue();
    }
}
