package io.triad.program.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.domain.WorkMode;
import io.triad.matching.Reason;
import io.triad.matching.ReasonCode;
import io.triad.program.ProgramMessages;
import org.junit.jupiter.api.Test;

/** The program's best-placements page says every match reason in the reader's language, from its code. */
@QuarkusTest
class PlacementsViewTest {

    private static Reason sample(ReasonCode code) {
        return switch (code) {
            case SKILLS -> Reason.skills(3, 5);
            case WORK_MODE -> Reason.wants(WorkMode.HYBRID);
            default -> Reason.of(code);
        };
    }

    @Test
    void everyReasonCodeIsSaidInEnglishAndInFrench() {
        ProgramMessages en = MessageBundles.get(ProgramMessages.class);
        ProgramMessages fr = MessageBundles.get(ProgramMessages.class, Localized.Literal.of("fr"));
        for (ReasonCode code : ReasonCode.values()) {
            String english = PlacementsView.reason(sample(code), en);
            String french = PlacementsView.reason(sample(code), fr);
            assertThat(english).as("%s in English", code).isNotBlank().doesNotContain("{");
            assertThat(french).as("%s in French", code).isNotBlank().doesNotContain("{").isNotEqualTo(english);
        }
        assertThat(PlacementsView.reason(Reason.skills(3, 5), en)).isEqualTo("3 of 5 skills");
        assertThat(PlacementsView.reason(Reason.wants(WorkMode.HYBRID), fr))
                .isEqualTo("Souhaite travailler en mode hybride");
    }
}
