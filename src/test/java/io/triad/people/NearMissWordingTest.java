package io.triad.people;

import io.triad.people.NearMissWording;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.matching.Failure;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Near misses as pages say them: labels for constants and regions, dates and numbers the reader's way. */
@QuarkusTest
class NearMissWordingTest {
    private static final NearMissWording EN = NearMissWording.of(Locale.ENGLISH);
    private static final NearMissWording FR = NearMissWording.of(Locale.FRENCH);

    @Test
    void constantsAndRegionsAreNamedInThePageLanguage() {
        assertThat(EN.rule(new Failure("employer.stages", "one of SEED, SERIES_A", "IDEA")))
                .isEqualTo(new NearMissWording.Rule("employer.stages", "Seed or Series A", "Idea"));
        assertThat(FR.rule(new Failure("student.regions", "one of CA-ON, CA-QC, CA-BC", "CA-NS")))
                .isEqualTo(new NearMissWording.Rule("student.regions", "Ontario, Québec ou Colombie-Britannique",
                        "Nouvelle-Écosse"));
        assertThat(EN.rule(new Failure("employer.regions", "region CA-ON", "CA-QC")).need()).isEqualTo("Ontario");
        assertThat(EN.rule(new Failure("employer.sectors", "any of SOFTWARE, MEDIA", "AGRIFOOD, OTHER")).have())
                .isEqualTo("Agri-food, Other");
        assertThat(EN.rule(new Failure("student.workStatus", "one of CITIZEN", null)).have()).isNull();
        assertThat(FR.rule(new Failure("opening.workMode", "one of REMOTE, HYBRID", "ONSITE")))
                .isEqualTo(new NearMissWording.Rule("opening.workMode", "À distance ou Hybride", "Sur place"));
    }

    @Test
    void boundsDatesAndFlagsAreSaidInPlainWords() {
        assertThat(EN.rule(new Failure("employer.maxHeadcount", "<= 30", "42")).need()).isEqualTo("at most 30");
        assertThat(FR.rule(new Failure("placement.minHoursPerWeek", ">= 37.5", "20")).need()).isEqualTo("au moins 37,5");
        assertThat(EN.rule(new Failure("capacity", "< 500", "500")).need()).isEqualTo("fewer than 500");
        assertThat(EN.rule(new Failure("placement.latestStart", "<= 2027-05-01", "2027-06-01")))
                .isEqualTo(new NearMissWording.Rule("placement.latestStart", "on or before May 1, 2027", "June 1, 2027"));
        assertThat(FR.rule(new Failure("intake.opens", ">= 2027-02-28", "2027-01-15")).need())
                .isEqualTo("le 28 février 2027 ou après");
        assertThat(EN.rule(new Failure("employer.mustBeIncorporated", "true", "false")))
                .isEqualTo(new NearMissWording.Rule("employer.mustBeIncorporated", "yes", "no"));
        assertThat(FR.rule(new Failure("opening.availability", "from <= 2027-05-03, until >= 2027-08-20",
                "from 2027-06-01")))
                .isEqualTo(new NearMissWording.Rule("opening.availability", "disponible du 3 mai 2027 au 20 août 2027",
                        "disponible à partir du 1 juin 2027"));
    }
}
