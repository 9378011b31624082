package io.triad.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.matching.MatchResults.Funded;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's programs sorted by amount ({@link Explainer#largestFirst}: by counting with a few distinct amounts, else by
 * primitive keys) come in the order of a stable sort by amount, largest first and unknown last: among equal amounts,
 * unknown amounts, amounts too large for the keys (the sort then falls back to comparing amounts), amount objects
 * shared by several programs, more distinct amounts than counting takes, and lists of every length.
 */
class LargestFirstTest {
    private static final Comparator<Funded> BY_AMOUNT = Comparator.comparing(
            (Funded f) -> f.amount() == null ? null : f.amount().value(),
            Comparator.nullsLast(Comparator.reverseOrder()));

    @Test
    void primitiveKeysSortAsAStableSortByAmount() {
        Random r = new Random(12);
        String[] few = {"0.00", "0.01", "2500.00", "2500", "7000.5", "12345.67", "43980465111.03"};
        int checked = 0;
        for (int round = 0; round < 2_000; round++) {
            boolean huge = round % 10 == 0;
            List<Funded> funded = new ArrayList<>();
            int n = r.nextInt(round % 50 == 0 ? 1_000 : 40);
            for (int i = 0; i < n; i++) {
                String value = r.nextInt(6) == 0 ? null
                        : huge && r.nextInt(4) == 0 ? "98765432109876543210.99"
                        : r.nextBoolean() ? few[r.nextInt(few.length)]
                        : BigDecimal.valueOf(r.nextInt(1_000_000), 2).toPlainString();
                // as on a page, programs often share an amount object: largestFirst remembers amounts by identity
                Amount amount = value == null ? null
                        : !funded.isEmpty() && r.nextInt(3) == 0 ? funded.get(r.nextInt(funded.size())).amount()
                        : new Amount(new BigDecimal(value), "CAD");
                funded.add(new Funded(String.format("p%04d", i), amount, null, null));
            }
            List<Funded> expected = new ArrayList<>(funded);
            expected.sort(BY_AMOUNT);
            assertThat(Explainer.largestFirst(funded)).as("round " + round + ": " + funded).isEqualTo(expected);
            // the sort of primitive keys that pages with many distinct amounts take, on every list
            assertThat(Explainer.byKeys(funded, Explainer.centsOf(funded))).as("round " + round + " by keys")
                    .isEqualTo(expected);
            checked += n;
        }
        assertThat(checked).isGreaterThan(30_000);
    }
}
