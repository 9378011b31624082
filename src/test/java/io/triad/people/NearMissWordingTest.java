package io.triad.people;

import static io.triad.matching.Failure.Kind.ANY_OF;
import static io.triad.matching.Failure.Kind.AT_LEAST;
import static io.triad.matching.Failure.Kind.AT_MOST;
import static io.triad.matching.Failure.Kind.AVAILABILITY;
import static io.triad.matching.Failure.Kind.IS;
import static io.triad.matching.Failure.Kind.LESS_THAN;
import static io.triad.matching.Failure.Kind.ONE_OF;
import static io.triad.matching.Failure.Kind.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import io.triad.matching.Failure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Near misses as pages say them: labels for constants and regions, dates and numbers the reader's way. */
@QuarkusTest
class NearMissWordingTest {
    private static final NearMissWording EN = NearMissWording.of(Locale.ENGLISH);
    private static final NearMissWording FR = NearMissWording.of(Locale.FRENCH);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void constantsAndRegionsAreNamedInThePageLanguage() {
        assertThat(EN.rule(new Failure("employer.stages", ONE_OF, List.of(Stage.SEED, Stage.SERIES_A),
                List.of(Stage.IDEA))))
                .isEqualTo(new NearMissWording.Rule("employer.stages", "Seed or Series A", "Idea"));
        assertThat(FR.rule(new Failure("student.regions", REGION, List.of("CA-ON", "CA-QC", "CA-BC"),
                List.of("CA-NS"))))
                .isEqualTo(new NearMissWording.Rule("student.regions", "Ontario, Québec ou Colombie-Britannique",
                        "Nouvelle-Écosse"));
        assertThat(EN.rule(Failure.of("employer.regions", REGION, "CA-ON", "CA-QC")).need()).isEqualTo("Ontario");
        assertThat(EN.rule(new Failure("employer.sectors", ANY_OF,
                List.of(Sector.SOFTWARE, Sector.MEDIA), List.of(Sector.AGRIFOOD, Sector.OTHER))).have())
                .isEqualTo("Agri-food, Other");
        assertThat(EN.rule(Failure.of("student.workStatus", ONE_OF, WorkStatus.CITIZEN, null)).have()).isNull();
        assertThat(FR.rule(new Failure("opening.workMode", ONE_OF, List.of(WorkMode.REMOTE, WorkMode.HYBRID),
                List.of(WorkMode.ONSITE))))
                .isEqualTo(new NearMissWording.Rule("opening.workMode", "À distance ou Hybride", "Sur place"));
    }

    @Test
    void boundsDatesAndFlagsAreSaidInPlainWords() {
        assertThat(EN.rule(Failure.of("employer.maxHeadcount", AT_MOST, 30, 42)).need()).isEqualTo("at most 30");
        assertThat(FR.rule(Failure.of("placement.minHoursPerWeek", AT_LEAST, new BigDecimal("37.5"),
                new BigDecimal("20"))).need()).isEqualTo("au moins 37,5");
        assertThat(EN.rule(Failure.of("capacity", LESS_THAN, 500L, 500L)).need()).isEqualTo("fewer than 500");
        assertThat(EN.rule(Failure.of("placement.latestStart", AT_MOST, date("2027-05-01"), date("2027-06-01"))))
                .isEqualTo(new NearMissWording.Rule("placement.latestStart", "on or before May 1, 2027", "June 1, 2027"));
        assertThat(FR.rule(Failure.of("intake.opens", AT_LEAST, date("2027-02-28"), date("2027-01-15"))).need())
                .isEqualTo("le 28 février 2027 ou après");
        assertThat(EN.rule(Failure.of("employer.mustBeIncorporated", IS, true, false)))
                .isEqualTo(new NearMissWording.Rule("employer.mustBeIncorporated", "yes", "no"));
        assertThat(FR.rule(new Failure("opening.availability", AVAILABILITY,
                List.of(date("2027-05-03"), date("2027-08-20")), List.of(date("2027-06-01")))))
                .isEqualTo(new NearMissWording.Rule("opening.availability", "disponible du 3 mai 2027 au 20 août 2027",
                        "disponible à partir du 1 juin 2027"));
    }
}
