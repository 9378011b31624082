package io.triad.matching;

import io.triad.domain.ProgramDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.StudentIndex.Ranking;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>The text score depends on the whole index's statistics, so any student change makes every ranking stale: its
 * scores are exact only at the version it was made for. After students changed, a ranking still bounds the students
 * it was made from: an unchanged student scores at most {@link Scoring#textRise} more than then, and the others are in
 * segments written since ({@link StudentIndex.Pinned#skipping}); see {@link ProgramMatches}. The rankings are made
 * again in the background ({@link #keepWhenQuiet}) once a program's matches found them stale, on one reader, so
 * students changing meanwhile do not stop a build.
 */
final class KeptRankings implements AutoCloseable {
    /** Students kept per opening: a page of 20 for a program whose rules pass one student in five. */
    static final int DEPTH = 100;
    /** The page kept ahead for each program: the API's default limit. */
    static final int PAGE = 20;
    /** Bounds the searches kept ({@link #keepSearched}): {@link #PAGE} hits at most each. */
    static final int MAX_SEARCHES = 20_000;
    /** While students keep changing, a build is made again once the last is this many times as old as it took. */
    static final int REBUILD_AFTER = 5;

    private final Catalog catalog;
    private final StudentIndex students;
    private final Map<String, Searched> searches = new ConcurrentHashMap<>();
    /** The last complete build, or null. */
    private volatile Kept kept;
    private volatile boolean wanted = true;
    private ScheduledExecutorService background;

    KeptRankings(Catalog catalog, StudentIndex students) {
        this.catalog = catalog;
        this.students = students;
    }

    /**
     * One complete build: each opening's ranking ({@code depth} students) for the students at one reader version,
     * that reader's segment cores ({@link StudentIndex.Pinned#cores}), the openings' epoch when it began, and when it
     * ended ({@link System#nanoTime}) after how long.
     */
    record Kept(long version, Set<Object> cores, long epoch, int depth, Map<String, Ranking> byOpening, long endedAt,
            long tookNanos) {
        /** The opening's ranking if it was made for this very opening and startup, else null. */
        Ranking of(Located at) {
            Ranking r = byOpening.get(at.opening().key());
            return r != null && r.opening() == at.opening() && r.startup() == at.startup() ? r : null;
        }
    }

    /** Whether a build completed for these students (openings changed since it have no ranking: {@link #of}). */
    boolean keptFor(long studentVersion) {
        Kept k = kept;
        return k != null && k.version() == studentVersion;
    }

    /** The student version of the last complete build, or -1. */
    long keptVersion() {
        Kept k = kept;
        return k == null ? -1 : k.version();
    }

    /**
     * The last complete build, asked by a program's matches for these students: when its rankings are for other
     * students, or openings changed since, they are wanted again ({@link #keepWhenQuiet}). Null when none was made.
     */
    Kept usableFor(long studentVersion) {
        Kept k = kept;
        if (k == null || k.version() != studentVersion || k.epoch() != catalog.epoch.get()) {
            wanted = true;
        }
        return k;
    }

    /** The opening's ranking if it was made for these students and this very opening and startup, else null. */
    Ranking of(Located at, long studentVersion) {
        Kept k = kept;
        return k != null && k.version() == studentVersion ? k.of(at) : null;
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
     * Ranks every opening, {@code depth} students each, for the students as they are now: one reader is held for the
     * whole build, so students changing meanwhile do not stop it. Rankings already kept for those students at that
     * depth are reused. Returns false when the thread was interrupted.
     */
    boolean keep(int depth) {
        long started = System.nanoTime();
        return students.pinned(pin -> {
            long openings = catalog.epoch.get();
            Kept before = kept;
            boolean reuse = before != null && before.version() == pin.version && before.depth() == depth;
            Map<String, Ranking> made = new HashMap<>();
            for (Located at : catalog.openings.values()) {
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
                Ranking r = reuse ? before.of(at) : null;
                made.put(at.opening().key(), r != null ? r : pin.ranking(at.opening(), at.startup(), depth));
            }
            searches.values().removeIf(s -> s.version() != pin.version
                    || catalog.openings.get(s.at().opening().key()) != s.at());
            long ended = System.nanoTime();
            kept = new Kept(pin.version, pin.cores(), openings, depth, made, ended, ended - started);
            return true;
        });
    }

    /**
     * From now on, every {@code quiet}: runs {@code build} (which calls {@link #keep}) when a program's matches found
     * the rankings stale (or none was made yet), as soon as the students have not changed since the last look; while
     * they keep changing, once the last build is older than {@link #REBUILD_AFTER} times what it took (and than
     * {@code quiet}), so that keeping ahead takes at most about a fifth of one core.
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
                Kept k = kept;
                boolean old = k == null || System.nanoTime() - k.endedAt() >= Math.max(quiet.toNanos(),
                        REBUILD_AFTER * k.tookNanos());
                if (wanted && (quietSince || old)) {
                    wanted = false;
                    long started = System.nanoTime();
                    boolean done = build.getAsBoolean();
                    wanted |= !done;
                    log().log(System.Logger.Level.INFO, "Kept ahead for {0} openings in {1} ms{2}",
                            kept == null ? 0 : kept.byOpening().size(), (System.nanoTime() - started) / 1_000_000,
                            done ? "" : ", stopped");
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

    /**
     * Stops keeping ahead, once a build under way has ended: not interrupted, since an interrupt while it refreshes a
     * reader would close Lucene's writer (the engine stays in use).
     */
    synchronized void stop() {
        if (background != null) {
            background.shutdown();
            awaitBackground();
        }
    }

    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdownNow();
            awaitBackground(); // a build under way ends at its next opening
        }
    }

    private void awaitBackground() {
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
