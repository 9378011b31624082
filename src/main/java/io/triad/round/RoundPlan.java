package io.triad.round;

import java.util.List;

/**
 * What the algorithm decided from {@link RoundInputs}: stage 1's matches (with the choice rank), stage 2's funding, and
 * how the solver ended (total and bound in cents; gap 0 when proven optimal; what stopped it and the deterministic work
 * it did, in seconds).
 */
record RoundPlan(List<Match> matches, List<String> unmatched, List<Funding> funding, long total, long bound,
        boolean optimal, double gap, FundingOptimizer.Stop stop, double work) {

    record Match(String student, String opening, int choice) {
    }

    record Funding(String student, String opening, String program, long cents) {
    }

    /** Equal decisions (the solver's figures aside): what a replay compares. */
    boolean sameDecisions(RoundPlan other) {
        return matches.equals(other.matches) && unmatched.equals(other.unmatched) && funding.equals(other.funding);
    }
}
