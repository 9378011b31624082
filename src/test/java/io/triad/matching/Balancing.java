package io.triad.matching;

/** Lets the benchmark compare split searches cut where both parts end together with split searches cut in halves. */
public final class Balancing {
    private Balancing() {
    }

    public static void halvesOnly(boolean on) {
        SearchHelpers.Balance.halvesOnly = on;
    }

    /** The share of the documents a split search of the student index scores on its own thread now. */
    public static double share() {
        return FilteredTopK.BALANCE.share();
    }
}
