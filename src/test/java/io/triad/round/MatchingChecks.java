package io.triad.round;

import java.util.ArrayList;
import java.util.List;

/** Independent checks of a stage-1 result, written from the definitions rather than from the algorithm. */
final class MatchingChecks {
    private MatchingChecks() {
    }

    /** Opening o's strict preference: priority, then lower student index (as the input's contract says). */
    static boolean openingPrefers(long p, int s, long q, int t) {
        return p < q || p == q && s < t;
    }

    /** The choice index of o in s's list, or -1. */
    static int indexOf(int[] list, int o) {
        for (int k = 0; k < list.length; k++) {
            if (list[k] == o) {
                return k;
            }
        }
        return -1;
    }

    /** Problems with the matching, empty when it is individually rational, within capacity and stable. */
    static List<String> problems(StableMatching.Input in, int[] opening) {
        List<String> out = new ArrayList<>();
        int m = in.capacity().length;
        int[] load = new int[m];
        for (int s = 0; s < opening.length; s++) {
            int o = opening[s];
            if (o < 0) {
                continue;
            }
            load[o]++;
            int k = indexOf(in.prefs()[s], o);
            if (k < 0 || in.priority()[s][k] < 0) {
                out.add("student " + s + " matched to unacceptable opening " + o);
            }
        }
        for (int o = 0; o < m; o++) {
            if (load[o] > in.capacity()[o]) {
                out.add("opening " + o + " above capacity");
            }
        }
        for (int s = 0; s < opening.length; s++) {
            int current = opening[s] < 0 ? Integer.MAX_VALUE : indexOf(in.prefs()[s], opening[s]);
            for (int k = 0; k < Math.min(current, in.prefs()[s].length); k++) {
                if (in.priority()[s][k] >= 0 && wouldTake(in, opening, in.prefs()[s][k], s, in.priority()[s][k])) {
                    out.add("blocking pair: student " + s + ", opening " + in.prefs()[s][k]);
                }
            }
        }
        return out;
    }

    /** Whether opening o has a free position or holds someone it ranks below s. */
    private static boolean wouldTake(StableMatching.Input in, int[] opening, int o, int s, long p) {
        int load = 0;
        boolean worseHeld = false;
        for (int t = 0; t < opening.length; t++) {
            if (opening[t] == o) {
                load++;
                long q = in.priority()[t][indexOf(in.prefs()[t], o)];
                worseHeld |= openingPrefers(p, s, q, t);
            }
        }
        return load < in.capacity()[o] || worseHeld;
    }

    /** Every stable matching, by enumerating every assignment (small instances only). */
    static List<int[]> allStable(StableMatching.Input in) {
        List<int[]> out = new ArrayList<>();
        enumerate(in, 0, new int[in.prefs().length], new int[in.capacity().length], out);
        return out;
    }

    private static void enumerate(StableMatching.Input in, int s, int[] opening, int[] load, List<int[]> out) {
        if (s == opening.length) {
            if (problems(in, opening).isEmpty()) {
                out.add(opening.clone());
            }
            return;
        }
        opening[s] = -1;
        enumerate(in, s + 1, opening, load, out);
        for (int k = 0; k < in.prefs()[s].length; k++) {
            int o = in.prefs()[s][k];
            if (in.priority()[s][k] >= 0 && load[o] < in.capacity()[o]) {
                opening[s] = o;
                load[o]++;
                enumerate(in, s + 1, opening, load, out);
                load[o]--;
            }
        }
        opening[s] = -1;
    }

    /** The student-optimal stable matching: each student's best partner over all stable matchings. */
    static int[] studentOptimal(StableMatching.Input in, List<int[]> stable) {
        int[] best = new int[in.prefs().length];
        java.util.Arrays.fill(best, -1);
        for (int s = 0; s < best.length; s++) {
            int bestRank = Integer.MAX_VALUE;
            for (int[] matching : stable) {
                int rank = matching[s] < 0 ? Integer.MAX_VALUE : indexOf(in.prefs()[s], matching[s]);
                if (rank < bestRank) {
                    bestRank = rank;
                    best[s] = matching[s];
                }
            }
        }
        return best;
    }
}
