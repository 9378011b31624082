package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeptAnswersTest {
    private final AtomicReference<Generation> engine = new AtomicReference<>(new Generation(1, 1, 0));
    private final AtomicInteger computed = new AtomicInteger();
    private final KeptAnswers<String, String> kept = new KeptAnswers<>(2);

    private String ask(String key) {
        return kept.get(engine::get, key, () -> key + "@" + engine.get() + "#" + computed.incrementAndGet());
    }

    @Test
    void keepsAnAnswerUntilTheEngineChanges() {
        String first = ask("a");
        assertThat(ask("a")).isSameAs(first);
        assertThat(computed).hasValue(1);
        engine.set(new Generation(2, 1, 0));
        assertThat(ask("a")).isNotEqualTo(first).contains("Generation[epoch=2");
        engine.set(new Generation(2, 5, 0));
        assertThat(ask("a")).contains("students=5");
        assertThat(computed).hasValue(3);
    }

    @Test
    void aRebuildStartsALaterGenerationEvenWithAnOlderReader() {
        ask("a");
        engine.set(new Generation(3, 0, 0));
        assertThat(ask("a")).contains("epoch=3");
        assertThat(ask("a")).contains("#2");
    }

    @Test
    void anAnswerComputedWhileTheEngineChangedIsNotKept() {
        AtomicInteger calls = new AtomicInteger();
        String during = kept.get(engine::get, "a", () -> {
            engine.set(new Generation(1, 2, 0));
            return "stale#" + calls.incrementAndGet();
        });
        assertThat(during).isEqualTo("stale#1");
        assertThat(ask("a")).doesNotContain("stale");
    }

    @Test
    void aLateCallerOfAnOlderGenerationNeitherReadsNorReplacesTheKeptOnes() {
        engine.set(new Generation(5, 5, 0));
        String current = ask("a");
        AtomicReference<Generation> late = new AtomicReference<>(new Generation(4, 9, 0));
        assertThat(kept.get(late::get, "a", () -> "old")).isEqualTo("old");
        assertThat(ask("a")).isSameAs(current);
    }

    @Test
    void dropsEverythingPastItsSize() {
        ask("a");
        ask("b");
        ask("c");
        ask("a");
        assertThat(computed).hasValue(4);
    }
}
