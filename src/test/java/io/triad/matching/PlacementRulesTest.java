package io.triad.matching;

import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.dec;
import static io.triad.matching.Docs.opening;
import static io.triad.matching.Docs.program;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.matching.Failure.English;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementRulesTest {

    private static List<Failure> check(ProgramDoc program, OpeningDoc opening) {
        return Eligibility.placementRules(program, opening);
    }

    @Test
    void programWithoutPlacementRulesAcceptsAnyOpening() {
        assertThat(check(program(), opening(o -> o.weeks = 1))).isEmpty();
    }

    @Test
    void weeksEqualToTheMinimumPass() {
        assertThat(check(program(p -> p.minWeeks = 16), opening())).isEmpty();
    }

    @Test
    void weeksBelowTheMinimumFail() {
        assertThat(check(program(p -> p.minWeeks = 10), opening(o -> o.weeks = 8))).extracting(Failure::english)
                .containsExactly(new English("placement.minWeeks", ">= 10", "8"));
    }

    @Test
    void weeksEqualToTheMaximumPassAndAboveFail() {
        var program = program(p -> p.maxWeeks = 16);

        assertThat(check(program, opening())).isEmpty();
        assertThat(check(program, opening(o -> o.weeks = 17))).extracting(Failure::english)
                .containsExactly(new English("placement.maxWeeks", "<= 16", "17"));
    }

    @Test
    void hoursPerWeekEqualToTheMinimumPassEvenWithDifferentScale() {
        assertThat(check(program(p -> p.minHoursPerWeek = dec("37.50")), opening())).isEmpty();
    }

    @Test
    void hoursPerWeekBelowTheMinimumFailWithDecimalsShownPlainly() {
        assertThat(check(program(p -> p.minHoursPerWeek = dec("30")), opening(o -> o.hoursPerWeek = dec("29.50"))))
                .extracting(Failure::english)
                .containsExactly(new English("placement.minHoursPerWeek", ">= 30", "29.5"));
    }

    @Test
    void startOnTheEarliestOrLatestStartPasses() {
        var program = program(p -> {
            p.earliestStart = date("2027-05-03");
            p.latestStart = date("2027-05-03");
        });

        assertThat(check(program, opening())).isEmpty();
    }

    @Test
    void startOutsideTheStartWindowFails() {
        var program = program(p -> {
            p.earliestStart = date("2027-05-01");
            p.latestStart = date("2027-05-31");
        });

        assertThat(check(program, opening(o -> o.startDate = date("2027-04-30")))).extracting(Failure::english)
                .containsExactly(new English("placement.earliestStart", ">= 2027-05-01", "2027-04-30"));
        assertThat(check(program, opening(o -> o.startDate = date("2027-06-01")))).extracting(Failure::english)
                .containsExactly(new English("placement.latestStart", "<= 2027-05-31", "2027-06-01"));
    }

    @Test
    void everyPlacementRuleIsEvaluatedAndReportedInDocumentOrder() {
        var program = program(p -> {
            p.minWeeks = 20;
            p.maxWeeks = 10;
            p.minHoursPerWeek = dec("40");
            p.earliestStart = date("2027-06-01");
            p.latestStart = date("2027-04-01");
        });

        assertThat(check(program, opening())).extracting(Failure::rule).containsExactly("placement.minWeeks",
                "placement.maxWeeks", "placement.minHoursPerWeek", "placement.earliestStart", "placement.latestStart");
    }
}
