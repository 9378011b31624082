package io.triad.matching;

import static io.triad.matching.Docs.program;
import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.ProgramStatus;
import org.junit.jupiter.api.Test;

/** The program search orders equally relevant programs by key, and keeps doing so as programs come and go. */
class ProgramSearchTest {

    @Test
    void equallyRelevantProgramsComeInKeyOrderAfterEveryChange() {
        try (MatchEngine engine = new MatchEngine(MatchEngineBruteForceTest.JSON)) {
            for (String key : new String[] {"p-pear", "p-kiwi", "p-lime"}) {
                engine.putProgram(program(p -> p.key = key), 0);
            }
            engine.refreshNow();
            assertThat(engine.searchPrograms("agency")).containsExactly("p-kiwi", "p-lime", "p-pear");

            // a key the last search never saw, in a segment of its own, ranks between the others
            engine.putProgram(program(p -> p.key = "p-lemon"), 0);
            engine.refreshNow();
            assertThat(engine.searchPrograms("agency")).containsExactly("p-kiwi", "p-lemon", "p-lime", "p-pear");

            engine.putProgram(program(p -> {
                p.key = "p-lime";
                p.status = ProgramStatus.DRAFT;
            }), 0);
            engine.putProgram(program(p -> p.key = "p-kiwi"), 0);
            engine.refreshNow();
            assertThat(engine.searchPrograms("agency")).containsExactly("p-kiwi", "p-lemon", "p-pear");
            assertThat(engine.searchPrograms("p-pear")).first().isEqualTo("p-pear");
        }
    }
}
