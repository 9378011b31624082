package io.triad.matching;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A large search's second core: {@link FilteredTopK} splits the documents of a large index in two, {@link MoneyRanking}
 * its words, and {@link StudentMatches} the openings and then the page, and each hands one part to a helper thread,
 * so that a lone request is answered on both cores. The documents are cut where both parts are expected to end
 * together ({@link Balance}). Only a search of a large index with no other such search under way is split (others find
 * the cores busy already), and only an idle helper takes the part (no queue): otherwise the caller scores both parts
 * itself, so the throughput under load stays what it was.
 */
final class SearchHelpers {
    /** Below this many documents a search takes about a millisecond: not worth a hand-off. */
    static final int MIN_DOCS = 200_000;
    /** {@link #MIN_DOCS}; tests lower it to split the searches of small indexes. */
    static volatile int splitFrom = MIN_DOCS;
    private static final ThreadPoolExecutor HELPERS = helpers(Runtime.getRuntime().availableProcessors() - 1);
    /** Searches of large indexes under way. */
    private static final AtomicInteger searching = new AtomicInteger();

    private SearchHelpers() {
    }

    private static ThreadPoolExecutor helpers(int threads) {
        if (threads < 1) {
            return null;
        }
        return new ThreadPoolExecutor(0, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread t = new Thread(task, "search-helper");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** A search that may be split in two. */
    @FunctionalInterface
    interface Splittable<T> {
        T run(boolean split) throws IOException;
    }

    /**
     * Runs a search of an index of {@code maxDoc} documents (or of work worth as many), split when that is worth it: a
     * large index, a helper, and no other large search under way (then the cores are busy already).
     */
    static <T> T run(long maxDoc, Splittable<T> search) throws IOException {
        if (HELPERS == null || maxDoc < splitFrom) {
            return search.run(false);
        }
        boolean alone = searching.incrementAndGet() == 1;
        try {
            return search.run(alone);
        } finally {
            searching.decrementAndGet();
        }
    }

    /** Work that may run on a helper. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws IOException;
    }

    /**
     * Runs {@code first} here while a helper, if one is idle, runs {@code second} (else this thread runs it after the
     * first); returns both results, first then second.
     */
    static <T> List<T> both(Work<T> first, Work<T> second) throws IOException {
        return both(first, second, null);
    }

    /**
     * As above; when a helper ran {@code second}, {@code balance} learns from when each ended where the next search
     * should cut its range.
     */
    static <T> List<T> both(Work<T> first, Work<T> second, Balance balance) throws IOException {
        Thread caller = Thread.currentThread();
        long[] helperEnd = {0};
        FutureTask<T> other = new FutureTask<>(() -> {
            T theirs = second.call();
            if (Thread.currentThread() != caller) {
                helperEnd[0] = System.nanoTime();
            }
            return theirs;
        });
        if (HELPERS != null) {
            try {
                HELPERS.execute(other);
            } catch (RejectedExecutionException e) {
                // every helper is busy: this thread runs it after its own
            }
        }
        long start = System.nanoTime();
        T mine = first.call();
        long mineEnd = System.nanoTime();
        other.run(); // returns at once if a helper has started it
        try {
            T theirs = other.get(); // happens-after the helper's write of helperEnd
            if (balance != null && helperEnd[0] != 0) {
                balance.learn(mineEnd - start, helperEnd[0] - mineEnd);
            }
            return List.of(mine, theirs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a helper searched", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Where a split search cuts its range: the share of it the calling thread takes. A helper's part may cost more than
     * its share of the range: on the benchmark's 1M students in two segments, cut in halves of the documents, the
     * helper's half held the whole second segment (its own term look-ups and scorers) and ended 0.48 ms after the
     * caller's on average. So after each search the share moves a little towards both parts ending together (it
     * settled between 0.54 and 0.60 there). Any cut gives the same answer.
     */
    static final class Balance {
        /** The benchmark sets it to compare with halves: every cut in the middle, nothing learnt. */
        static volatile boolean halvesOnly;
        /** The most the share moves after one search: one thread held up must not swing it. */
        static final double STEP = 0.005;
        /** The least either thread's share. */
        static final double LEAST = 0.3;
        private volatile double share = 0.5;

        /** Where to cut a range of {@code n}. */
        int cut(int n) {
            return (int) (n * (halvesOnly ? 0.5 : share));
        }

        /**
         * After a split search whose caller's part took {@code mine} ns and whose helper's part ended {@code late}
         * ns after it (negative: before), moves the share by at most {@link #STEP} that way.
         */
        void learn(long mine, long late) {
            if (halvesOnly || mine <= 0) {
                return;
            }
            double off = Math.max(-1, Math.min(1, (double) late / mine));
            share = Math.max(LEAST, Math.min(1 - LEAST, share + STEP * off));
        }

        double share() {
            return share;
        }
    }
}
