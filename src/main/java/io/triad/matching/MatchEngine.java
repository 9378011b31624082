package io.triad.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Catalog.Located;
import io.triad.matching.MatchResults.Candidate;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.ProgramFigures;
import io.triad.matching.MatchResults.StudentForOpening;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The matching engine: keeps programs, startups and openings in memory and students in Lucene, all
 * derived from the database by the caller, and answers the ranked, explained matches of API.md.
 * Plain Java: no framework types.
 */
public final class MatchEngine implements AutoCloseable {
    private final Catalog catalog = new Catalog();
    private final Map<String, ProgramDoc> programs = catalog.programs;
    private final Map<String, Long> approved = catalog.approved;
    private final Map<String, StartupDoc> startups = catalog.startups;
    private final Map<String, Located> openings = catalog.openings;
    private final IndexHome home;
    private final ProgramIndex programIndex;
    private final StudentIndex studentIndex;
    private final OpeningIndex openingIndex;
    private final OpeningMatches forOpenings;
    private final ProgramMatches forPrograms;
    private final StudentMatches forStudents;
    private final ProgramCounts counts = new ProgramCounts();
    private final KeptRankings rankings;
    private final AtomicLong epoch = catalog.epoch;

    /** An engine whose indexes live under {@link IndexHome#defaultBase()}. */
    public MatchEngine(ObjectMapper json) {
        this(json, IndexHome.defaultBase());
    }

    /** An engine whose indexes live in a directory of its own under {@code indexBase} (see {@link IndexHome}). */
    public MatchEngine(ObjectMapper json, Path indexBase) {
        this.home = IndexHome.open(indexBase);
        try {
            this.programIndex = new ProgramIndex(home);
            this.studentIndex = new StudentIndex(json, home);
            this.openingIndex = new OpeningIndex(home);
        } catch (RuntimeException e) {
            home.close(); // deletes whatever index was made: nothing stays behind a failed start
            throw e;
        }
        this.forOpenings = new OpeningMatches(catalog, studentIndex);
        this.rankings = new KeptRankings(catalog, studentIndex);
        this.forPrograms = new ProgramMatches(catalog, studentIndex, counts, rankings);
        this.forStudents = new StudentMatches(catalog, openingIndex);
    }

    StudentIndex studentIndex() {
        return studentIndex;
    }

    /** How many documents the engine holds, by kind (programs, startups, openings, students): for the metrics. */
    public Map<String, Integer> documentCounts() {
        int students = studentIndex.lucene().search(searcher -> searcher.getIndexReader().numDocs());
        return Map.of("program", programs.size(), "startup", startups.size(), "opening", openings.size(),
                "student", students);
    }

    /** The documents of each segment of the student index, largest first: for the benchmark's report. */
    public List<Integer> studentSegments() {
        return studentIndex.lucene().search(searcher -> searcher.getIndexReader().leaves().stream()
                .map(leaf -> leaf.reader().maxDoc()).sorted(Comparator.reverseOrder()).toList());
    }

    /**
     * Changes with every change to what the engine answers from (see {@link KeptAnswers}); a change moves the epoch
     * both before and after it, so an answer computed while one was under way is never kept as current.
     */
    public Generation generation() {
        return new Generation(epoch.get(), studentIndex.version(), openingIndex.lucene().search(
                s -> s.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader r ? r.getVersion() : -1L));
    }

    public void putProgram(ProgramDoc p, long approvedPlacements) {
        epoch.incrementAndGet();
        studentIndex.forgetProgram(p.key());
        programs.put(p.key(), p);
        approved.put(p.key(), approvedPlacements);
        programIndex.put(p);
        epoch.incrementAndGet();
    }

    public void removeProgram(String key) {
        epoch.incrementAndGet();
        counts.forget(key);
        studentIndex.forgetProgram(key);
        programs.remove(key);
        approved.remove(key);
        programIndex.remove(key);
        epoch.incrementAndGet();
    }

    /** Replaces the startup and all its openings. */
    public void putStartup(StartupDoc s) {
        removeStartup(s.key());
        epoch.incrementAndGet();
        startups.put(s.key(), s);
        for (OpeningDoc o : s.openings()) {
            openings.put(o.key(), new Located(o, s));
            openingIndex.put(o);
        }
        epoch.incrementAndGet();
    }

    public void removeStartup(String key) {
        epoch.incrementAndGet();
        StartupDoc old = startups.remove(key);
        if (old != null) {
            old.openings().forEach(o -> {
                openings.remove(o.key());
                openingIndex.remove(o.key());
            });
        }
        epoch.incrementAndGet();
    }

    public void putStudent(StudentDoc t) {
        studentIndex.put(t);
    }

    /** Adds or replaces the student, reusing its JSON as read from the database. */
    public void putStudent(StudentDoc t, byte[] json) {
        studentIndex.put(t, json);
    }

    /**
     * Adds a student during a rebuild, reusing its JSON as read from the database; safe from several threads.
     * Keys must be distinct: nothing is replaced.
     */
    public void addStudent(StudentDoc t, byte[] json) {
        studentIndex.add(t, json);
    }

    public void removeStudent(String key) {
        studentIndex.remove(key);
    }

    /**
     * Starts a rebuild (before the engine serves searches): empties everything and stops reopening the indexes until
     * {@link #finishRebuild}. Add students meanwhile with {@link #addStudent}.
     */
    public void startRebuild() {
        catalog.clear();
        indexes().forEach(LuceneIndex::startBulk);
        epoch.incrementAndGet();
    }

    /** Makes everything added since {@link #startRebuild} searchable, and later changes again within 100 ms. */
    public void finishRebuild() {
        indexes().forEach(LuceneIndex::endBulk);
    }

    private List<LuceneIndex> indexes() {
        return List.of(programIndex.lucene(), studentIndex.lucene(), openingIndex.lucene());
    }

    /** Makes all changes so far visible to searches (the background reopen does this within 100 ms anyway). */
    public void refreshNow() {
        indexes().forEach(LuceneIndex::refreshNow);
    }

    /**
     * Waits at most {@code timeout} until searches see every change made so far (the reopen threads start at once for
     * a waiting caller); false when they do not yet.
     */
    public boolean awaitSearchable(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (LuceneIndex index : indexes()) {
            long generation = index.generation();
            if (!index.awaitSearchable(generation, (deadline - System.nanoTime()) / 1_000_000)) {
                return false;
            }
        }
        return true;
    }

    public List<String> searchPrograms(String userText) {
        return programIndex.search(userText);
    }

    /** The openings of these keys the engine holds, by key (pages showing matches read them here, not again). */
    public Map<String, OpeningDoc> openings(Collection<String> keys) {
        Map<String, OpeningDoc> out = new HashMap<>();
        keys.forEach(k -> Optional.ofNullable(openings.get(k)).ifPresent(l -> out.put(k, l.opening())));
        return out;
    }

    /** The startups of these keys the engine holds, by key. */
    public Map<String, StartupDoc> startups(Collection<String> keys) {
        Map<String, StartupDoc> out = new HashMap<>();
        keys.forEach(k -> Optional.ofNullable(startups.get(k)).ifPresent(s -> out.put(k, s)));
        return out;
    }

    /** The program of this key as the engine holds it (every program, whatever its status). */
    public Optional<ProgramDoc> program(String key) {
        return Optional.ofNullable(programs.get(key));
    }

    /** The programs these matches name, by key. */
    public Map<String, ProgramDoc> programsOf(List<? extends MatchResults.Funding> matches) {
        Map<String, ProgramDoc> out = new HashMap<>();
        MatchResults.Funding.programKeys(matches).forEach(k ->
                Optional.ofNullable(programs.get(k)).ifPresent(p -> out.put(k, p)));
        return out;
    }

    public Optional<String> startupOf(String openingKey) {
        return Optional.ofNullable(openings.get(openingKey)).map(l -> l.startup().key());
    }

    /**
     * Students for an opening in {@code order}. {@code funded} keeps students with an eligible program.
     * {@code privileged}: operator viewer.
     */
    public Page<StudentForOpening> forOpening(String openingKey, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        Page<Candidate> page = candidatesForOpening(openingKey, asOf, limit, funded, order, privileged);
        return new Page<>(page.items().stream().map(Candidate::match).toList(), page.total());
    }

    /** {@link #forOpening}, each match with what a page shows of its student. */
    public Page<Candidate> candidatesForOpening(String openingKey, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        return forOpenings.candidates(openingKey, asOf, limit, funded, order, privileged);
    }

    /** {@link #forOpening} by its definition, without pruning: slow, for checking that the pruned paths equal it. */
    public Page<StudentForOpening> forOpeningUnpruned(String openingKey, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, boolean privileged) {
        Page<Candidate> page = forOpenings.unpruned(openingKey, asOf, limit, funded, order, privileged);
        return new Page<>(page.items().stream().map(Candidate::match).toList(), page.total());
    }

    /** Openings for a student, best fit first; the student and operators are privileged viewers. */
    public Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit) {
        return forStudents.forStudent(t, asOf, limit);
    }

    /** One opening's match for a student as {@link #forStudent} gives it; empty unless the student fits it today. */
    public Optional<OpeningForStudent> forStudent(StudentDoc t, String openingKey, LocalDate asOf) {
        return forStudents.forStudent(t, openingKey, asOf);
    }

    /** The placements a program would fund, best fit first (drafts too: the caller decides who may ask). */
    public Page<Placement> forProgram(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return forPrograms.forProgram(programKey, asOf, limit, privileged);
    }

    /** {@link #forProgram} by its definition, without pruning: slow, for checking that the pruned path equals it. */
    public Page<Placement> forProgramUnpruned(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return forPrograms.unpruned(programKey, asOf, limit, privileged);
    }

    /** {@link #forProgram} without the kept rankings, as whenever they were stale before: the benchmark's reference. */
    public Page<Placement> forProgramWithoutRankings(String programKey, LocalDate asOf, int limit, boolean privileged) {
        return forPrograms.withoutRankings(programKey, asOf, limit, privileged);
    }

    /**
     * A program's dashboard figures (drafts too: the caller decides who may ask) with {@code approvedPlacements}
     * counting against its capacity; {@code privileged}: an operator, for whom the sensitive student rules count.
     */
    public ProgramFigures programFigures(ProgramDoc p, long approvedPlacements, LocalDate asOf, boolean privileged) {
        return counts.figures(p, approvedPlacements, asOf, privileged, epoch.get(), startups.values(), studentIndex);
    }

    /**
     * Keeps ahead of requests what a program's matches read: each opening's best fitting students for the students
     * as they are now, then for every placement program on {@code asOf} and both viewers (drafts too: their
     * administrators look at them before publishing) its first page: its eligible openings, the searches below the
     * rankings it needs and its dashboard figures (the page's total). The pages only when no student changed during
     * the rankings' build (they would be for students gone when asked). False when interrupted. Blocks: the service
     * calls {@link #keepAheadWhenQuiet}.
     */
    public boolean keepAhead(LocalDate asOf) {
        if (!rankings.keep(KeptRankings.DEPTH)) {
            return false;
        }
        if (!rankingsKept()) {
            return true; // students changed during the build: pages made now would be stale when asked
        }
        for (ProgramDoc p : programs.values()) {
            if (p.scope() == Scope.PLACEMENT) {
                if (Thread.currentThread().isInterrupted() || !forPrograms.keepAhead(p, asOf)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the openings' rankings are kept for the students as they are now (a program's matches read them). */
    public boolean rankingsKept() {
        return rankings.keptFor(studentIndex.version());
    }

    /** Changes whenever the students seen change (or merge). */
    public long studentVersion() {
        return studentIndex.version();
    }

    /** The student version of the last complete build of the rankings, or -1. */
    public long rankingsVersion() {
        return rankings.keptVersion();
    }

    /** Keeps the rankings only, {@code depth} students per opening. */
    boolean keepRankings(int depth) {
        return rankings.keep(depth);
    }

    /**
     * From now on keeps ahead in the background ({@link #keepAhead} on {@code today}): once at first, then after a
     * program's matches found the rankings stale, as soon as the students have not changed for {@code quiet}, or while
     * they keep changing once the last build is a few times as old as it took ({@link KeptRankings#keepWhenQuiet}).
     */
    public void keepAheadWhenQuiet(Duration quiet, Supplier<LocalDate> today) {
        rankings.keepWhenQuiet(quiet, () -> keepAhead(today.get()));
    }

    /** Stops what {@link #keepAheadWhenQuiet} started, once a build under way has ended. */
    void stopKeepingAhead() {
        rankings.stop();
    }

    /** Company-level programs a startup is eligible for, and its near misses. */
    public CompanyPrograms companyPrograms(StartupDoc s, LocalDate asOf) {
        return forStudents.companyPrograms(s, asOf);
    }

    @Override
    public void close() {
        try {
            rankings.close();
            indexes().forEach(LuceneIndex::close);
        } finally {
            home.close();
        }
    }
}
