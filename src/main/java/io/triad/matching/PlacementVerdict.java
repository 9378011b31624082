package io.triad.matching;

import java.util.List;

/**
 * A placement program's verdict for (opening, student).
 *
 * @param eligible         true exactly when {@code failed} is empty
 * @param failed           every failed rule, in the order documented on {@link Eligibility}
 * @param amount           the funding amount whenever the funding terms give one, whether eligible or not (the caller
 *                         decides whether to show it); null when unknown
 * @param enhancedPossible the program's enhanced rate would pay more here, and this viewer sees the standard amount
 *                         (a fact about the program: see {@link Privacy})
 * @param conditional      the sensitive rules were not evaluated for this viewer and the program has some: it is
 *                         eligible only if the student's undisclosed facts pass them
 */
public record PlacementVerdict(boolean eligible, List<Failure> failed, Amount amount, boolean enhancedPossible,
        boolean conditional) {

    public PlacementVerdict {
        failed = List.copyOf(failed);
    }

    public boolean nearMiss() {
        return Eligibility.isNearMiss(failed);
    }
}
