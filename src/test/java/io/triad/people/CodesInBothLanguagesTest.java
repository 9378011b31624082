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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import io.triad.matching.Failure;
import io.triad.matching.Failure.English;
import io.triad.matching.Failure.Kind;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.matching.Reason;
import io.triad.matching.ReasonCode;
import io.triad.web.ViolationText;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Codes travel, text is written at the edge: every violation code, match reason and failure kind is said in English
 * and in French on pages, and the API keeps its English texts.
 */
@QuarkusTest
class CodesInBothLanguagesTest {
    /** Their argument is a library's own text, which pages cannot translate: they say "not accepted". */
    private static final Set<ViolationCode> FOREIGN_TEXT = Set.of(ViolationCode.CONSTRAINT, ViolationCode.QUERY_SYNTAX);
    private static final LocalDate MAY_3 = LocalDate.parse("2027-05-03");
    private static final LocalDate AUG_20 = LocalDate.parse("2027-08-20");

    @Inject
    ObjectMapper mapper;

    /** One failure of each kind, as the rule checks build them. */
    private static Map<Kind, Failure> oneOfEachKind() {
        Map<Kind, Failure> samples = new EnumMap<>(Kind.class);
        samples.put(AT_LEAST, Failure.of("placement.minHoursPerWeek", AT_LEAST, new BigDecimal("37.50"), 30));
        samples.put(AT_MOST, Failure.of("placement.latestStart", AT_MOST, MAY_3, AUG_20));
        samples.put(LESS_THAN, Failure.of("capacity", LESS_THAN, 500L, 500L));
        samples.put(ONE_OF, new Failure("student.levels", ONE_OF, List.of(Level.BACHELOR, Level.MASTER),
                List.of(Level.PHD)));
        samples.put(ANY_OF, new Failure("employer.sectors", ANY_OF, List.of(Sector.SOFTWARE, Sector.MEDIA),
                List.of(Sector.AGRIFOOD, Sector.OTHER)));
        samples.put(REGION, Failure.of("student.regions", REGION, "CA-QC", "CA-BC"));
        samples.put(IS, Failure.of("employer.mustBeIncorporated", IS, true, false));
        samples.put(AVAILABILITY, new Failure("opening.availability", AVAILABILITY, List.of(MAY_3, AUG_20),
                List.of(LocalDate.parse("2027-06-01"), LocalDate.parse("2027-07-31"))));
        return samples;
    }

    private static Reason sample(ReasonCode code) {
        return switch (code) {
            case SKILLS -> Reason.skills(2, 4);
            case WORK_MODE -> Reason.wants(WorkMode.REMOTE);
            default -> Reason.of(code);
        };
    }

    @Test
    void everyViolationCodeIsSaidInEnglishAndInFrenchWithoutTheFallback() {
        String fallbackEn = ViolationText.bundle(Locale.ENGLISH).invalid();
        String fallbackFr = ViolationText.bundle(Locale.FRENCH).invalid();
        for (ViolationCode code : ViolationCode.values()) {
            Violation v = Violation.of("employer.minHeadcount", code, "7", "9");
            String en = ViolationText.of(v, Locale.ENGLISH);
            String fr = ViolationText.of(v, Locale.FRENCH);
            assertThat(en).as("%s in English", code).isNotBlank().doesNotContain("{");
            assertThat(fr).as("%s in French", code).isNotBlank().doesNotContain("{").isNotEqualTo(en);
            if (!FOREIGN_TEXT.contains(code)) {
                assertThat(en).as("%s in English", code).isNotEqualTo(fallbackEn);
                assertThat(fr).as("%s in French", code).isNotEqualTo(fallbackFr);
            }
        }
    }

    @Test
    void everyReasonCodeIsSaidInEnglishAndInFrench() {
        for (ReasonCode code : ReasonCode.values()) {
            String en = ReasonWording.of(sample(code), Locale.ENGLISH);
            String fr = ReasonWording.of(sample(code), Locale.FRENCH);
            assertThat(en).as("%s in English", code).isNotBlank().isNotEqualTo(code.name());
            assertThat(fr).as("%s in French", code).isNotBlank().isNotEqualTo(code.name()).isNotEqualTo(en);
        }
        assertThat(ReasonWording.of(Reason.skills(2, 4), Locale.ENGLISH)).isEqualTo("2 of 4 skills");
        assertThat(ReasonWording.of(Reason.skills(2, 4), Locale.FRENCH)).isEqualTo("2 compétences sur 4");
    }

    @Test
    void everyFailureKindIsSaidInEnglishAndInFrench() {
        Map<Kind, Failure> samples = oneOfEachKind();
        assertThat(samples.keySet()).containsExactlyInAnyOrder(Kind.values());
        NearMissWording en = NearMissWording.of(Locale.ENGLISH);
        NearMissWording fr = NearMissWording.of(Locale.FRENCH);
        samples.forEach((kind, failure) -> {
            NearMissWording.Rule english = en.rule(failure);
            NearMissWording.Rule french = fr.rule(failure);
            assertThat(english.need()).as("%s need in English", kind).isNotBlank();
            assertThat(english.have()).as("%s have in English", kind).isNotBlank();
            assertThat(french.need()).as("%s need in French", kind).isNotBlank().isNotEqualTo(english.need());
            assertThat(french.have()).as("%s have in French", kind).isNotBlank();
        });
        assertThat(fr.rule(samples.get(AT_LEAST)).need()).isEqualTo("au moins 37,5");
        assertThat(en.rule(samples.get(AVAILABILITY)).have()).isEqualTo("available from June 1, 2027 to July 31, 2027");
    }

    @Test
    void everyConstantAFailureCanHoldHasALabelInBothLanguages() {
        NearMissWording en = NearMissWording.of(Locale.ENGLISH);
        NearMissWording fr = NearMissWording.of(Locale.FRENCH);
        for (Class<? extends Enum<?>> type : List.of(Stage.class, Sector.class, Level.class, FieldOfStudy.class,
                Enrolment.class, WorkStatus.class, WorkMode.class, Scope.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Failure failure = Failure.of("rule", IS, constant, constant);
                assertThat(en.rule(failure).need()).as("%s in English", constant).isNotBlank()
                        .isNotEqualTo(constant.name());
                assertThat(fr.rule(failure).need()).as("%s in French", constant).isNotBlank()
                        .isNotEqualTo(constant.name());
            }
        }
    }

    @Test
    void theApiKeepsTheEnglishOfEveryReason() {
        assertThat(Arrays.stream(ReasonCode.values()).map(c -> sample(c).english())).containsExactly(
                "2 of 4 skills", "field of study fits", "level of study fits", "available for the whole placement",
                "remote work", "lives in the startup's region", "same country as the startup",
                "outside the startup's country", "wants remote work", "interested in the startup's sector");
        assertThat(Reason.wants(WorkMode.ONSITE).english()).isEqualTo("wants onsite work");
    }

    @Test
    void theApiKeepsTheEnglishOfEveryFailureKind() {
        assertThat(oneOfEachKind().values().stream().map(Failure::english)).containsExactly(
                new English("placement.minHoursPerWeek", ">= 37.5", "30"),
                new English("placement.latestStart", "<= 2027-05-03", "2027-08-20"),
                new English("capacity", "< 500", "500"),
                new English("student.levels", "one of BACHELOR, MASTER", "PHD"),
                new English("employer.sectors", "any of SOFTWARE, MEDIA", "AGRIFOOD, OTHER"),
                new English("student.regions", "region CA-QC", "CA-BC"),
                new English("employer.mustBeIncorporated", "true", "false"),
                new English("opening.availability", "from <= 2027-05-03, until >= 2027-08-20",
                        "from 2027-06-01, until 2027-07-31"));
        assertThat(new Failure("employer.regions", REGION, List.of("CA-ON", "CA-QC"), List.of("CA-BC")).english()
                .need()).isEqualTo("one of CA-ON, CA-QC");
        assertThat(new Failure("opening.availability", AVAILABILITY, List.of(MAY_3, AUG_20),
                List.of(LocalDate.parse("2027-06-01"))).english().have()).isEqualTo("from 2027-06-01");
        assertThat(Failure.of("scope", IS, Scope.PLACEMENT, Scope.COMPANY).english())
                .isEqualTo(new English("scope", "PLACEMENT", "COMPANY"));
    }

    @Test
    void theApisJsonOfReasonsAndFailuresIsTheEnglishText() throws Exception {
        assertThat(mapper.writeValueAsString(List.of(Reason.skills(2, 4), Reason.wants(WorkMode.HYBRID))))
                .isEqualTo("[\"2 of 4 skills\",\"wants hybrid work\"]");
        assertThat(mapper.writeValueAsString(new NearMiss("ontario-coop",
                List.of(Failure.of("placement.minWeeks", AT_LEAST, 10, 8)), null)))
                .isEqualTo("{\"program\":\"ontario-coop\",\"failed\":"
                        + "[{\"rule\":\"placement.minWeeks\",\"need\":\">= 10\",\"have\":\"8\"}]}");
        assertThat(mapper.writeValueAsString(Failure.of("student.workStatus", ONE_OF, WorkStatus.CITIZEN, null)))
                .isEqualTo("{\"rule\":\"student.workStatus\",\"need\":\"one of CITIZEN\",\"have\":null}");
    }
}
