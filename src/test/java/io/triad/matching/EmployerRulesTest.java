package io.triad.matching;

import static io.triad.matching.Docs.AS_OF;
import static io.triad.matching.Docs.date;
import static io.triad.matching.Docs.program;
import static io.triad.matching.Docs.startup;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.StartupDoc;
import io.triad.matching.Failure.English;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerRulesTest {

    private static List<Failure> check(ProgramDoc program, StartupDoc startup) {
        return Eligibility.employerRules(program, startup, AS_OF);
    }

    @Test
    void programWithoutEmployerRulesAcceptsAnyStartup() {
        var bare = startup(s -> {
            s.stage = Stage.IDEA;
            s.sectors = List.of();
            s.incorporated = false;
            s.forProfit = false;
        });

        assertThat(check(program(), bare)).isEmpty();
    }

    @Test
    void emptyRuleListsMeanNoRestriction() {
        var program = program(p -> {
            p.stages = List.of();
            p.employerRegions = List.of();
            p.sectors = List.of();
        });

        assertThat(check(program, startup(s -> s.sectors = List.of()))).isEmpty();
    }

    @Test
    void stageMustBeInTheList() {
        var program = program(p -> p.stages = List.of(Stage.PRE_SEED, Stage.SEED));

        assertThat(check(program, startup())).isEmpty();
        assertThat(check(program, startup(s -> s.stage = Stage.IDEA))).extracting(Failure::english)
                .containsExactly(new English("employer.stages", "one of PRE_SEED, SEED", "IDEA"));
    }

    @Test
    void countryRegionMatchesItsSubdivisions() {
        assertThat(check(program(p -> p.employerRegions = List.of("CA")), startup())).isEmpty();
    }

    @Test
    void regionMatchesItselfExactly() {
        assertThat(check(program(p -> p.employerRegions = List.of("CA-ON")), startup())).isEmpty();
    }

    @Test
    void subdivisionDoesNotMatchAnotherSubdivision() {
        var quebec = program(p -> p.employerRegions = List.of("CA-QC"));

        assertThat(check(quebec, startup())).extracting(Failure::english)
                .containsExactly(new English("employer.regions", "region CA-QC", "CA-ON"));
    }

    @Test
    void regionPrefixMustEndAtTheDash() {
        var partial = program(p -> p.employerRegions = List.of("CA-O"));

        assertThat(check(partial, startup())).extracting(Failure::rule).containsExactly("employer.regions");
    }

    @Test
    void subdivisionDoesNotMatchItsCountry() {
        var ontario = program(p -> p.employerRegions = List.of("CA-ON"));

        assertThat(check(ontario, startup(s -> s.region = "CA"))).extracting(Failure::rule)
                .containsExactly("employer.regions");
    }

    @Test
    void regionListPassesWhenAnyElementMatches() {
        var program = program(p -> p.employerRegions = List.of("US", "CA-QC", "CA-ON"));

        assertThat(check(program, startup())).isEmpty();
        assertThat(check(program, startup(s -> s.region = "CA-BC"))).extracting(Failure::english).containsExactly(
                new English("employer.regions", "one of US, CA-QC, CA-ON", "CA-BC"));
    }

    @Test
    void sectorsPassWhenAnyStartupSectorIsInTheList() {
        var program = program(p -> p.sectors = List.of(Sector.SOFTWARE, Sector.FINTECH));

        assertThat(check(program, startup())).isEmpty();
    }

    @Test
    void sectorsFailWhenNoStartupSectorIsInTheList() {
        var program = program(p -> p.sectors = List.of(Sector.CLEANTECH, Sector.AGRIFOOD));

        assertThat(check(program, startup())).extracting(Failure::english).containsExactly(
                new English("employer.sectors", "any of CLEANTECH, AGRIFOOD", "HARDWARE, SOFTWARE"));
    }

    @Test
    void startupWithoutSectorsFailsASectorRuleWithHaveNull() {
        var program = program(p -> p.sectors = List.of(Sector.SOFTWARE));

        assertThat(check(program, startup(s -> s.sectors = List.of()))).extracting(Failure::english)
                .containsExactly(new English("employer.sectors", "any of SOFTWARE", null));
    }

    @Test
    void headcountEqualToTheMinimumPasses() {
        assertThat(check(program(p -> p.minHeadcount = 12), startup())).isEmpty();
    }

    @Test
    void headcountOneBelowTheMinimumFails() {
        assertThat(check(program(p -> p.minHeadcount = 13), startup())).extracting(Failure::english)
                .containsExactly(new English("employer.minHeadcount", ">= 13", "12"));
    }

    @Test
    void headcountEqualToTheMaximumPasses() {
        assertThat(check(program(p -> p.maxHeadcount = 12), startup())).isEmpty();
    }

    @Test
    void headcountOneAboveTheMaximumFails() {
        assertThat(check(program(p -> p.maxHeadcount = 11), startup())).extracting(Failure::english)
                .containsExactly(new English("employer.maxHeadcount", "<= 11", "12"));
    }

    @Test
    void minimumAndMaximumAreReportedAsTwoRules() {
        var program = program(p -> {
            p.minHeadcount = 10;
            p.maxHeadcount = 20;
        });

        assertThat(check(program, startup(s -> s.headcount = 9))).extracting(Failure::rule)
                .containsExactly("employer.minHeadcount");
        assertThat(check(program, startup(s -> s.headcount = 21))).extracting(Failure::rule)
                .containsExactly("employer.maxHeadcount");
    }

    @Test
    void companyAgeIsCountedInWholeYearsOnAsOf() {
        var program = program(p -> p.minCompanyAgeYears = 4);

        assertThat(Eligibility.employerRules(program, startup(), date("2027-04-30"))).extracting(Failure::english)
                .containsExactly(new English("employer.minCompanyAgeYears", ">= 4", "3"));
        assertThat(Eligibility.employerRules(program, startup(), date("2027-05-01"))).isEmpty();
    }

    @Test
    void companyOlderThanTheMaximumFailsFromItsAnniversary() {
        var program = program(p -> p.maxCompanyAgeYears = 3);

        assertThat(Eligibility.employerRules(program, startup(), date("2027-04-30"))).isEmpty();
        assertThat(Eligibility.employerRules(program, startup(), date("2027-05-01"))).extracting(Failure::english)
                .containsExactly(new English("employer.maxCompanyAgeYears", "<= 3", "4"));
    }

    @Test
    void companyFoundedOnFebruary29thHasItsAnniversaryOnMarch1stInCommonYears() {
        var program = program(p -> p.minCompanyAgeYears = 1);
        var leap = startup(s -> s.foundedOn = date("2024-02-29"));

        assertThat(Eligibility.employerRules(program, leap, date("2025-02-28"))).extracting(f -> f.english().have())
                .containsExactly("0");
        assertThat(Eligibility.employerRules(program, leap, date("2025-03-01"))).isEmpty();
    }

    @Test
    void incorporationIsRequiredOnlyWhenTheRuleIsTrue() {
        var unincorporated = startup(s -> s.incorporated = false);

        assertThat(check(program(p -> p.mustBeIncorporated = true), unincorporated)).extracting(Failure::english)
                .containsExactly(new English("employer.mustBeIncorporated", "true", "false"));
        assertThat(check(program(p -> p.mustBeIncorporated = false), unincorporated)).isEmpty();
        assertThat(check(program(p -> p.mustBeIncorporated = true), startup())).isEmpty();
    }

    @Test
    void forProfitIsRequiredOnlyWhenTheRuleIsTrue() {
        var nonProfit = startup(s -> s.forProfit = false);

        assertThat(check(program(p -> p.forProfitOnly = true), nonProfit)).extracting(Failure::english)
                .containsExactly(new English("employer.forProfitOnly", "true", "false"));
        assertThat(check(program(p -> p.forProfitOnly = false), nonProfit)).isEmpty();
    }

    @Test
    void everyEmployerRuleIsEvaluatedAndReportedInDocumentOrder() {
        var program = program(p -> {
            p.stages = List.of(Stage.GROWTH);
            p.employerRegions = List.of("US");
            p.sectors = List.of(Sector.MEDIA);
            p.minHeadcount = 50;
            p.maxHeadcount = 5;
            p.minCompanyAgeYears = 10;
            p.maxCompanyAgeYears = 1;
            p.mustBeIncorporated = true;
            p.forProfitOnly = true;
        });
        var startup = startup(s -> {
            s.incorporated = false;
            s.forProfit = false;
        });

        assertThat(check(program, startup)).extracting(Failure::rule).containsExactly(
                "employer.stages", "employer.regions", "employer.sectors", "employer.minHeadcount",
                "employer.maxHeadcount", "employer.minCompanyAgeYears", "employer.maxCompanyAgeYears",
                "employer.mustBeIncorporated", "employer.forProfitOnly");
    }

    @Test
    void startupFailingThreeRulesGetsThreeFailures() {
        var program = program(p -> {
            p.stages = List.of(Stage.SERIES_A);
            p.minHeadcount = 20;
            p.mustBeIncorporated = true;
            p.forProfitOnly = true;
        });

        assertThat(check(program, startup(s -> s.incorporated = false))).hasSize(3);
    }

    @Test
    void startupFoundedTodayIsZeroYearsOld() {
        LocalDate today = date("2027-03-01");
        var program = program(p -> p.maxCompanyAgeYears = 0);

        assertThat(Eligibility.employerRules(program, startup(s -> s.foundedOn = today), today)).isEmpty();
    }
}
