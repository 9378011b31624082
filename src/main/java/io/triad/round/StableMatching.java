package io.triad.round;

import java.util.Arrays;

/**
 * Stage 1 of a round: student-proposing deferred acceptance (Gale and Shapley, with Roth's many-to-one
 * capacities). Plain Java, indexes only: the round's service maps keys to indexes.
 *
 * <p>Students propose down their lists; each opening holds its best proposals up to its capacity and rejects the
 * rest. The outcome is the student-optimal stable matching: no student and opening would both rather have each
 * other, and no stable matching gives any student a better choice.
 */
public final class StableMatching {
    private StableMatching() {
    }

    /**
     * The problem. {@code prefs[s]} lists the openings student {@code s} ranks, best first (anything unlisted is
     * unacceptable to it). {@code priority[s][k]} is opening {@code prefs[s][k]}'s priority for {@code s}, lower is
     * better, negative when the opening does not rank the student. Equal priorities at one opening fall back to the
     * lower student index, so every opening's order is strict.
     */
    public record Input(int[] capacity, int[][] prefs, long[][] priority) {
        public Input {
            if (prefs.length != priority.length) {
                throw new IllegalArgumentException("one priority row per student");
            }
            for (int s = 0; s < prefs.length; s++) {
                if (prefs[s].length != priority[s].length) {
                    throw new IllegalArgumentException("one priority per choice");
                }
            }
        }

        int students() {
            return prefs.length;
        }
    }

    /** {@code opening[s]} is the matched opening or -1; {@code choice[s]} its 1-based place in the list, or 0. */
    public record Result(int[] opening, int[] choice) {
        public int matched() {
            int n = 0;
            for (int o : opening) {
                n += o >= 0 ? 1 : 0;
            }
            return n;
        }
    }

    /** Runs deferred acceptance; O(proposals * log capacity). */
    public static Result run(Input in) {
        int n = in.students();
        Held held = new Held(in.capacity());
        int[] next = new int[n];
        int[] choice = new int[n];
        int[] free = new int[n];
        int top = 0;
        for (int s = n - 1; s >= 0; s--) {
            free[top++] = s;
        }
        while (top > 0) {
            int s = free[--top];
            int rejected = propose(in, held, next, choice, s);
            if (rejected >= 0) {
                free[top++] = rejected;
            }
        }
        int[] opening = new int[n];
        Arrays.fill(opening, -1);
        for (int s = 0; s < n; s++) {
            if (choice[s] > 0) {
                opening[s] = in.prefs()[s][choice[s] - 1];
            }
        }
        return new Result(opening, choice);
    }

    /** Student s proposes down its list until held; answers the student it displaced, else -1. */
    private static int propose(Input in, Held held, int[] next, int[] choice, int s) {
        int[] prefs = in.prefs()[s];
        while (next[s] < prefs.length) {
            int k = next[s]++;
            long p = in.priority()[s][k];
            if (p < 0) {
                continue;
            }
            int displaced = held.offer(prefs[k], s, p);
            if (displaced != s) {
                choice[s] = k + 1;
                if (displaced >= 0) {
                    choice[displaced] = 0;
                }
                return displaced;
            }
        }
        choice[s] = 0;
        return -1;
    }

    /** Each opening's held proposals: a max-heap on (priority, student), the worst held on top. */
    private static final class Held {
        private final long[][] prio;
        private final int[][] who;
        private final int[] size;

        Held(int[] capacity) {
            int m = capacity.length;
            prio = new long[m][];
            who = new int[m][];
            size = new int[m];
            for (int o = 0; o < m; o++) {
                prio[o] = new long[Math.max(0, capacity[o])];
                who[o] = new int[Math.max(0, capacity[o])];
            }
        }

        /** Answers -1 when held with room to spare, the displaced student, or s when refused. */
        int offer(int o, int s, long p) {
            long[] hp = prio[o];
            int[] hs = who[o];
            if (size[o] < hp.length) {
                int i = size[o]++;
                hp[i] = p;
                hs[i] = s;
                siftUp(hp, hs, i);
                return -1;
            }
            if (hp.length == 0 || !better(p, s, hp[0], hs[0])) {
                return s;
            }
            int out = hs[0];
            hp[0] = p;
            hs[0] = s;
            siftDown(hp, hs, size[o]);
            return out;
        }

        private static boolean better(long p, int s, long q, int t) {
            return p < q || p == q && s < t;
        }

        private static void siftUp(long[] hp, int[] hs, int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!better(hp[parent], hs[parent], hp[i], hs[i])) {
                    return;
                }
                swap(hp, hs, i, parent);
                i = parent;
            }
        }

        private static void siftDown(long[] hp, int[] hs, int n) {
            int i = 0;
            while (true) {
                int worst = i;
                for (int c = 2 * i + 1; c <= 2 * i + 2 && c < n; c++) {
                    if (better(hp[worst], hs[worst], hp[c], hs[c])) {
                        worst = c;
                    }
                }
                if (worst == i) {
                    return;
                }
                swap(hp, hs, i, worst);
                i = worst;
            }
        }

        private static void swap(long[] hp, int[] hs, int i, int j) {
            long p = hp[i];
            hp[i] = hp[j];
            hp[j] = p;
            int s = hs[i];
            hs[i] = hs[j];
            hs[j] = s;
        }
    }
}
