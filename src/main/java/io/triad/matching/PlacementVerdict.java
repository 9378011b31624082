package io.triad.matching;

import java.util.List;

/**
 * A placement program's verdict for (opening, student).
 *
 * @param eligible         true exactly when {@code failed} is empty
 * @param failed           every failed rule, in the order documented on {@link Eligibility}
 * @param amount           the funding amount whenever the funding terms give one, whether eligible or not (the caller
 *                         decides whether to show it); null when unknown
 * @param enhancedPossible the student qualifies for a different, enhanced amount that this viewer may not see;
 *                         {@code amount} is then the standard amount
 */
public record PlacementVerdict(boolean eligible, List<Failure> failed, Amount amount, boolean enhancedPossible) {

    public PlacementVerdict {
        failed = List.copyOf(failed);
    }

    public boolean nearMiss() {
        return Eligibility.isNearMiss(failed);
    }
}
