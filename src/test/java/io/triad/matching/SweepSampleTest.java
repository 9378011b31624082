package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The brute-force comparison's default sample keeps what the full sweep checks: its worlds show every feature of
 * {@link SweepSignature} that the worlds of the full sweep show. Computing 200 signatures takes a while, so that check
 * runs with the full sweep ({@code -P thorough}); when the generators change, its message names a sample that does.
 */
class SweepSampleTest {

    @Test
    @EnabledIfSystemProperty(named = "thorough", matches = "true")
    void theSampleShowsEveryFeatureTheFullSweepShows() {
        Map<Long, Set<String>> bySeed = new TreeMap<>();
        LongStream.rangeClosed(1, MatchEngineBruteForceTest.SWEEP)
                .forEach(seed -> bySeed.put(seed, SweepSignature.of(seed)));
        Set<String> missing = new TreeSet<>();
        bySeed.values().forEach(missing::addAll);
        LongStream.of(MatchEngineBruteForceTest.SAMPLE).forEach(seed -> missing.removeAll(bySeed.get(seed)));
        assertThat(missing).as("features of the full sweep that the sample does not show; a sample that shows all: "
                + greedyCover(bySeed)).isEmpty();
    }

    @Test
    void aGreedyCoverTakesTheSeedShowingMostNewFeaturesFirst() {
        Map<Long, Set<String>> bySeed = Map.of(1L, Set.of("a"), 2L, Set.of("a", "b", "c"), 3L, Set.of("c", "d"),
                4L, Set.of("d"));
        assertThat(greedyCover(bySeed)).containsExactly(2L, 3L);
    }

    /** Seeds that together show every feature: each time the one showing most of those not yet shown (smallest first). */
    static List<Long> greedyCover(Map<Long, Set<String>> bySeed) {
        Set<String> left = new TreeSet<>();
        bySeed.values().forEach(left::addAll);
        List<Long> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            long best = bySeed.keySet().stream().max(Comparator.comparingLong((Long seed) -> bySeed.get(seed).stream()
                    .filter(left::contains).count()).thenComparing(Comparator.reverseOrder())).orElseThrow();
            chosen.add(best);
            left.removeAll(bySeed.get(best));
        }
        return chosen.stream().sorted().toList();
    }
}
