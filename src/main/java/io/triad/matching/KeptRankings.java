package io.triad.matching;

import io.triad.domain.ProgramDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.StudentIndex.Ranking;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Each opening's best fitting students, kept for the students as they are at one reader version, so that a program's
 * matches ({@link ProgramMatches}) read them instead of searching each eligible opening: the first entry of a ranking
 * is the opening's exact best score, and its entries in order are every student above its last score.
 *
 * <p>The text score depends on the whole index's statistics, so any student change makes every ranking stale: they
 * are only used at the version they were made for. They are made again in the background ({@link #keepWhenQuiet})
 * once the students have not changed for a while and a program's matches found them stale, and never while students
 * keep changing: a build stops at the first change it sees.
 */
final class KeptRankings implements AutoCloseable {
    /** Students kept per opening: a page of 20 for a program whose rules pass one student in five. */
    static final int DEPTH = 100;
    /** The page kept ahead for each program: the API's default limit. */
    static final int PAGE = 20;
    /** Bounds the searches kept ({@link #keepSearched}): {@link #PAGE} hits at most each. */
    static final int MAX_SEARCHES = 20_000;

    private final Catalog catalog;
    private final StudentIndex students;
    private final Map<String, Ranking> byOpening = new ConcurrentHashMap<>();
    private final Map<String, Searched> searches = new ConcurrentHashMap<>();
    /** The student version of the last complete build, or -1. */
    private volatile long version = -1;
    private volatile long epoch = -1;
    private volatile boolean wanted = true;
    private ScheduledExecutorService background;

    KeptRankings(Catalog catalog, StudentIndex students) {
        this.catalog = catalog;
        this.students = students;
    }

    /** Whether a build completed for these students (openings changed since it have no ranking: {@link #of}). */
    boolean keptFor(long studentVersion) {
        return version == studentVersion;
    }

    /** {@link #keptFor}, asked by a program's matches: stale rankings, or openings changed since, are wanted again. */
    boolean usableFor(long studentVersion) {
        if (version != studentVersion || epoch != catalog.epoch.get()) {
            wanted = true;
        }
        return keptFor(studentVersion);
    }

    /** The opening's ranking if it was made for these students and this very opening and startup, else null. */
    Ranking of(Located at, long studentVersion) {
        Ranking r = byOpening.get(at.opening().key());
        return r != null && r.version() == studentVersion && r.opening() == at.opening()
                && r.startup() == at.startup() ? r : null;
    }

    /**
     * A program's own search of one opening (below the opening's ranking, or without one) as a program's matches made
     * it for these students, this program document and viewer, this very opening and startup, with a limit as high and
     * a floor as low: its hits scoring at least {@code floor}, the first {@code limit}. Else null. So a program asked
     * again before the students change searches nothing, and one asked while keeping ahead is answered from lists.
     */
    List<FilteredTopK.Hit> searched(ProgramDoc p, boolean privileged, Located at, long studentVersion, int limit,
            float floor) {
        Searched s = searches.get(searchKey(p, privileged, at));
        if (s == null || s.version() != studentVersion || s.program() != p || s.at() != at || s.limit() < limit
                || s.floor() > floor) {
            return null;
        }
        return s.hits().stream().filter(h -> h.score() >= floor).limit(limit).toList();
    }

    /**
     * Keeps a search for {@link #searched}, its hits the best {@code limit} scoring at least {@code floor}: only for
     * pages up to {@link #PAGE} and up to {@link #MAX_SEARCHES} searches, since limits and dates come from requests.
     */
    void keepSearched(ProgramDoc p, boolean privileged, Located at, long studentVersion, int limit, float floor,
            List<FilteredTopK.Hit> hits) {
        if (limit > PAGE || searches.size() >= MAX_SEARCHES) {
            return;
        }
        searches.put(searchKey(p, privileged, at),
                new Searched(studentVersion, p, at, limit, floor, List.copyOf(hits)));
    }

    private static String searchKey(ProgramDoc p, boolean privileged, Located at) {
        return p.key() + (privileged ? "|all|" : "|public|") + at.opening().key();
    }

    private record Searched(long version, ProgramDoc program, Located at, int limit, float floor,
            List<FilteredTopK.Hit> hits) {
    }

    /**
     * Ranks every opening that has no current ranking, {@code depth} students each. Returns false when the students
     * changed meanwhile (or the thread was interrupted).
     */
    boolean keep(int depth) {
        long studentVersion = students.version();
        long openings = catalog.epoch.get();
        for (Located at : catalog.openings.values()) {
            if (of(at, studentVersion) != null) {
                continue;
            }
            Ranking r = students.ranking(at.opening(), at.startup(), depth);
            if (r.version() != studentVersion || Thread.currentThread().isInterrupted()) {
                return false;
            }
            byOpening.put(at.opening().key(), r);
        }
        byOpening.values().removeIf(r -> r.version() != studentVersion
                || catalog.openings.get(r.opening().key()) == null);
        searches.values().removeIf(s -> s.version() != studentVersion
                || catalog.openings.get(s.at().opening().key()) != s.at());
        version = studentVersion;
        epoch = openings;
        return true;
    }

    /**
     * From now on, every {@code quiet}: runs {@code build} (which calls {@link #keep}) when a program's matches found
     * the rankings stale (or none was made yet) and the students did not change since the last look.
     */
    synchronized void keepWhenQuiet(Duration quiet, BooleanSupplier build) {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "triad-kept-rankings");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long[] seen = {-1};
        background.scheduleWithFixedDelay(() -> {
            try {
                long now = students.version();
                boolean quietSince = now == seen[0];
                seen[0] = now;
                if (wanted && quietSince) {
                    wanted = false;
                    long started = System.nanoTime();
                    boolean done = build.getAsBoolean();
                    wanted |= !done;
                    log().log(System.Logger.Level.INFO, "Kept ahead for {0} openings in {1} ms{2}", byOpening.size(),
                            (System.nanoTime() - started) / 1_000_000, done ? "" : ", stopped: students changed");
                }
            } catch (RuntimeException e) {
                log().log(System.Logger.Level.ERROR, "Keeping ahead failed; a program's matches search instead", e);
            }
        }, 0, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looked up when first used: a plain JVM (the benchmark) that never logs here sets up no logging. */
    private static System.Logger log() {
        return System.getLogger(KeptRankings.class.getName());
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(30, TimeUnit.SECONDS); // a build under way ends at its next opening
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
