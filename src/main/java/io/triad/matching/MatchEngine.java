package io.triad.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.MatchResults.Candidate;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.matching.MatchResults.ProgramFigures;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.matching.MatchResults.StudentSummary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The matching engine: keeps programs, startups and openings in memory and students in Lucene, all
 * derived from the database by the caller, and answers the ranked, explained matches of API.md.
 * Plain Java: no framework types.
 */
public final class MatchEngine implements AutoCloseable {
    private final Map<String, ProgramDoc> programs = new ConcurrentHashMap<>();
    private final Map<String, Long> approved = new ConcurrentHashMap<>();
    private final Map<String, StartupDoc> startups = new ConcurrentHashMap<>();
    private final Map<String, Located> openings = new ConcurrentHashMap<>();
    private final IndexHome home;
    private final ProgramIndex programIndex;
    private final StudentIndex studentIndex;
    private final OpeningIndex openingIndex;
    private final ProgramCounts counts = new ProgramCounts();
    /** Changes with every program, startup or opening change: what {@link ProgramCounts} keeps depends on them. */
    private final AtomicLong epoch = new AtomicLong();

    /** An opening with its startup. */
    record Located(OpeningDoc opening, StartupDoc startup) {
    }

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
    }

    /** How many documents the engine holds, by kind (programs, startups, openings, students): for the metrics. */
    public Map<String, Integer> documentCounts() {
        int students = studentIndex.lucene().search(searcher -> searcher.getIndexReader().numDocs());
        return Map.of("program", programs.size(), "startup", startups.size(), "opening", openings.size(),
                "student", students);
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
        programs.put(p.key(), p);
        approved.put(p.key(), approvedPlacements);
        programIndex.put(p);
        epoch.incrementAndGet();
    }

    public void removeProgram(String key) {
        epoch.incrementAndGet();
        counts.forget(key);
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
        epoch.incrementAndGet();
        programs.clear();
        approved.clear();
        startups.clear();
        openings.clear();
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
        Located at = openings.get(openingKey);
        if (at == null || Eligibility.hasStarted(at.opening(), asOf)) {
            return new Page<>(List.of(), 0);
        }
        List<Explainer.Check> checks = placementChecks(at, asOf);
        Explainer explainer = new Explainer(at.opening(), at.startup(), checks, privileged);
        if (order == MatchOrder.SCORE) {
            StudentIndex.Ranked ranked = funded
                    ? studentIndex.rankFunded(at.opening(), at.startup(), limit, checks.stream()
                            .filter(c -> c.base().isEmpty()).map(Explainer.Check::program).toList(), privileged)
                    : studentIndex.rank(at.opening(), at.startup(), limit);
            return new Page<>(ranked.hits().stream().map(hit -> candidate(explainer, hit)).toList(), ranked.total());
        }
        List<Candidate> all = studentIndex.rankAll(at.opening(), at.startup()).hits().stream()
                .map(hit -> candidate(explainer, hit))
                .filter(c -> !funded || !c.match().programs().isEmpty())
                .toList();
        if (order != MatchOrder.SCORE) {
            Function<StudentForOpening, BigDecimal> money = order == MatchOrder.AMOUNT
                    ? m -> Explainer.largest(m.programs()) : m -> m.total() == null ? null : m.total().value();
            all = all.stream().sorted(Comparator.comparing((Candidate c) -> money.apply(c.match()),
                    Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(c -> c.match().score(), Comparator.reverseOrder())
                    .thenComparing(c -> c.match().student())).toList();
        }
        return new Page<>(all.subList(0, Math.min(limit, all.size())), all.size());
    }

    private static Candidate candidate(Explainer explainer, Scored<StudentDoc> hit) {
        return new Candidate(explainer.forOpening(hit), StudentSummary.of(hit.item()));
    }

    /** Openings for a student, best fit first; the student and operators are privileged viewers. */
    public Page<OpeningForStudent> forStudent(StudentDoc t, LocalDate asOf, int limit) {
        Map<String, Double> text = openingIndex.textScores(t);
        record Fit(Located at, float score) {
        }
        List<Fit> all = new ArrayList<>();
        for (Located at : openings.values()) {
            OpeningDoc o = at.opening();
            if (!Eligibility.hasStarted(o, asOf) && Eligibility.openingFit(o, t).isEmpty()) {
                all.add(new Fit(at, Scoring.score(o, at.startup(), t, text.getOrDefault(o.key(), 0.0))));
            }
        }
        all.sort(Comparator.comparing(Fit::score, Comparator.reverseOrder()).thenComparing(f -> f.at().opening().key()));
        // the order needs only scores: programs and reasons are worked out for the page shown
        List<ProgramDoc> published = sortedPublished();
        List<OpeningForStudent> page = all.subList(0, Math.min(limit, all.size())).stream()
                .map(f -> new Explainer(f.at().opening(), f.at().startup(), placementChecks(f.at(), asOf, published),
                        true).forStudent(t, f.score())).toList();
        return new Page<>(page, all.size());
    }

    /** One opening's match for a student as {@link #forStudent} gives it; empty unless the student fits it today. */
    public Optional<OpeningForStudent> forStudent(StudentDoc t, String openingKey, LocalDate asOf) {
        Located at = openings.get(openingKey);
        if (at == null || Eligibility.hasStarted(at.opening(), asOf)
                || !Eligibility.openingFit(at.opening(), t).isEmpty()) {
            return Optional.empty();
        }
        float score = Scoring.score(at.opening(), at.startup(), t,
                openingIndex.textScores(t).getOrDefault(openingKey, 0.0));
        return Optional.of(new Explainer(at.opening(), at.startup(), placementChecks(at, asOf, sortedPublished()), true)
                .forStudent(t, score));
    }

    /**
     * The placements a program would fund, best fit first (drafts too: the caller decides who may ask). Each eligible
     * opening gives its best {@code limit} among the students who fit it and pass the program's student rules (bit
     * sets per segment), collecting only scores that can still enter the page so far; only those are read.
     */
    public Page<Placement> forProgram(String programKey, LocalDate asOf, int limit, boolean privileged) {
        ProgramDoc p = programs.get(programKey);
        if (p == null || p.scope() != Scope.PLACEMENT) {
            return new Page<>(List.of(), 0);
        }
        long used = approved.getOrDefault(programKey, 0L);
        Comparator<Placement> best = Comparator.comparing(Placement::score, Comparator.reverseOrder())
                .thenComparing(Placement::opening).thenComparing(Placement::student);
        java.util.PriorityQueue<Placement> worstFirst = new java.util.PriorityQueue<>(best.reversed());
        EligibleStudents rules = new EligibleStudents(p, privileged);
        Map<Object, org.apache.lucene.util.FixedBitSet> memo = new HashMap<>();
        long total = 0;
        for (Located at : openings.values()) {
            if (Eligibility.hasStarted(at.opening(), asOf) || !baseFailures(p, used, at, asOf).isEmpty()) {
                continue;
            }
            float floor = worstFirst.size() >= limit ? worstFirst.peek().score() : Float.NEGATIVE_INFINITY;
            StudentIndex.Ranked ranked = studentIndex.rankForProgram(at.opening(), at.startup(), limit, rules, memo,
                    floor);
            total += ranked.total();
            Explainer explainer = new Explainer(at.opening(), at.startup(), List.of(), privileged);
            for (Scored<StudentDoc> hit : ranked.hits()) {
                worstFirst.add(explainer.placement(p, hit));
                if (worstFirst.size() > limit) {
                    worstFirst.poll();
                }
            }
        }
        List<Placement> page = new ArrayList<>(worstFirst);
        page.sort(best);
        return new Page<>(page, total);
    }

    /**
     * A program's dashboard figures (drafts too: the caller decides who may ask) with {@code approvedPlacements}
     * counting against its capacity; {@code privileged}: an operator, for whom the sensitive student rules count.
     */
    public ProgramFigures programFigures(ProgramDoc p, long approvedPlacements, LocalDate asOf, boolean privileged) {
        return counts.figures(p, approvedPlacements, asOf, privileged, epoch.get(), startups.values(), studentIndex);
    }

    /** Company-level programs a startup is eligible for, and its near misses. */
    public CompanyPrograms companyPrograms(StartupDoc s, LocalDate asOf) {
        List<Funded> eligible = new ArrayList<>();
        List<NearMiss> near = new ArrayList<>();
        for (ProgramDoc p : sortedPublished()) {
            if (p.scope() != Scope.COMPANY) {
                continue;
            }
            CompanyVerdict v = Eligibility.company(p, s, asOf);
            if (v.eligible()) {
                eligible.add(new Funded(p.key(), v.amount(), null, null));
            } else if (v.nearMiss()) {
                near.add(new NearMiss(p.key(), v.failed(), null));
            }
        }
        return new CompanyPrograms(Explainer.byAmount(eligible), near);
    }

    /** Published placement programs that fail at most one rule before the student is known. */
    private List<Explainer.Check> placementChecks(Located at, LocalDate asOf) {
        return placementChecks(at, asOf, sortedPublished());
    }

    private List<Explainer.Check> placementChecks(Located at, LocalDate asOf, List<ProgramDoc> published) {
        List<Explainer.Check> checks = new ArrayList<>();
        for (ProgramDoc p : published) {
            if (p.scope() == Scope.PLACEMENT) {
                List<Failure> base = baseFailures(p, approved.getOrDefault(p.key(), 0L), at, asOf);
                if (base.size() <= 1) {
                    checks.add(new Explainer.Check(p, base));
                }
            }
        }
        return checks;
    }

    private static List<Failure> baseFailures(ProgramDoc p, long used, Located at, LocalDate asOf) {
        List<Failure> base = new ArrayList<>(Eligibility.programOpen(p, asOf));
        base.addAll(Eligibility.capacity(p, used));
        base.addAll(Eligibility.employerRules(p, at.startup(), asOf));
        base.addAll(Eligibility.placementRules(p, at.opening()));
        return base;
    }

    private List<ProgramDoc> sortedPublished() {
        return programs.values().stream().filter(Eligibility::isPublished)
                .sorted(Comparator.comparing(ProgramDoc::key)).toList();
    }

    @Override
    public void close() {
        try {
            indexes().forEach(LuceneIndex::close);
        } finally {
            home.close();
        }
    }
}
