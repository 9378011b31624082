package io.triad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages read the code back from the API's text, so every text must parse to its own code and arguments. */
class ViolationCodeTest {

    @Test
    void everyCodeReadsBackFromItsOwnTextWithItsArguments() {
        for (ViolationCode code : ViolationCode.values()) {
            String text = code.text("employer.minHeadcount", "42");
            var parsed = ViolationCode.parse(text);
            assertThat(parsed).as(text).isPresent();
            assertThat(parsed.get().code()).as(text).isEqualTo(code);
            assertThat(code.text(parsed.get().args().toArray())).isEqualTo(text);
        }
    }

    @Test
    void keepsTheApisEnglishTextsAndParsesTheOverlappingOnes() {
        assertThat(ViolationCode.ORDER.text("placement.minWeeks", 8)).isEqualTo("must be >= placement.minWeeks (8)");
        assertThat(ViolationCode.parse("must be >= 0").get().code()).isEqualTo(ViolationCode.AT_LEAST);
        assertThat(ViolationCode.parse("must be one of [IDEA, SEED]").get().args()).isEqualTo(List.of("[IDEA, SEED]"));
        assertThat(ViolationCode.parse("something else entirely")).isEmpty();
    }
}
