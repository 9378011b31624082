package io.triad.matching;

import java.util.List;

/**
 * A company program's verdict for a startup.
 *
 * @param eligible true exactly when {@code failed} is empty
 * @param failed   every failed rule, in the order documented on {@link Eligibility}
 * @param amount   the program's {@code maxAmount}, whether eligible or not; null when unknown
 */
public record CompanyVerdict(boolean eligible, List<Failure> failed, Amount amount) {

    public CompanyVerdict {
        failed = List.copyOf(failed);
    }

    public boolean nearMiss() {
        return Eligibility.isNearMiss(failed);
    }
}
