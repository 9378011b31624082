package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.StartupDoc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The programs, startups and openings the engine holds in memory, and the program rules that are known before the
 * student is: every match path reads them here, so they agree on which programs an opening can be funded by.
 */
final class Catalog {
    final Map<String, ProgramDoc> programs = new ConcurrentHashMap<>();
    final Map<String, Long> approved = new ConcurrentHashMap<>();
    final Map<String, StartupDoc> startups = new ConcurrentHashMap<>();
    final Map<String, Located> openings = new ConcurrentHashMap<>();
    /** Changes with every program, startup or opening change: what {@link ProgramCounts} keeps depends on them. */
    final AtomicLong epoch = new AtomicLong();
    /** Bounds the kept checks: one per opening and date asked (the date comes from requests). */
    private static final int MAX_KEPT_CHECKS = 200_000;
    /** Bounds the openings kept in lists of eligible openings: the dates come from requests too. */
    private static final long MAX_KEPT_ELIGIBLE = 4_000_000;
    private volatile Kept kept;

    /**
     * An opening with its startup, and the opening's skills as {@link Scoring} compares them (analysed once here, when
     * the opening is put, not for every {@link OpeningColumns} built after a change).
     */
    record Located(OpeningDoc opening, StartupDoc startup, List<String> skills) {
        Located(OpeningDoc opening, StartupDoc startup) {
            this(opening, startup, Scoring.canonicalSkills(opening.skills()));
        }
    }

    void clear() {
        epoch.incrementAndGet();
        programs.clear();
        approved.clear();
        startups.clear();
        openings.clear();
    }

    long used(String programKey) {
        return approved.getOrDefault(programKey, 0L);
    }

    /**
     * Published placement programs that fail at most one rule before the student is known. Kept per opening and date
     * until the next change ({@link #epoch}): every request for an opening's matches asks again, and with thousands
     * of programs the checks cost far more than the ranking. A student's matches, 20 different openings a page, use
     * {@link #ruleGroups} instead.
     */
    List<Explainer.Check> placementChecks(Located at, LocalDate asOf) {
        Kept k = current();
        String key = at.opening().key() + '@' + asOf;
        List<Explainer.Check> checks = k.checks.get(key);
        if (checks == null) {
            checks = placementChecks(at, asOf, k.published());
            if (k.checks.size() < MAX_KEPT_CHECKS) {
                k.checks.put(key, checks);
            }
        }
        return checks;
    }

    /**
     * The openings not started on {@code asOf} that pass the placement program's rules before the student ({@link
     * #baseFailures}), for this very program document. Kept per program and date until the next change: a program's
     * matches ask on every page, and the checks of ten thousand openings cost more than the rest of a page.
     */
    List<Located> eligibleOpenings(ProgramDoc p, LocalDate asOf) {
        Kept k = current();
        String key = p.key() + '@' + asOf;
        Eligible e = k.eligible().get(key);
        if (e == null || e.program() != p) {
            e = new Eligible(p, eligibleOpenings(p, used(p.key()), openings.values(), asOf));
            if (k.eligibleHeld().addAndGet(e.openings().size()) <= MAX_KEPT_ELIGIBLE) {
                k.eligible().put(key, e);
            }
        }
        return e.openings();
    }

    /** {@link #eligibleOpenings(ProgramDoc, LocalDate)} worked out, with {@code used} placements approved. */
    static List<Located> eligibleOpenings(ProgramDoc p, long used, Collection<Located> openings, LocalDate asOf) {
        return openings.stream().filter(at -> !Eligibility.hasStarted(at.opening(), asOf)
                && baseFailures(p, used, at, asOf).isEmpty()).toList();
    }

    private record Eligible(ProgramDoc program, List<Located> openings) {
    }

    /**
     * The openings as columns ({@link OpeningColumns}), built on first use after a change and kept until the next:
     * every student's matches read them all.
     */
    OpeningColumns openingColumns() {
        Kept k = current();
        return once(k, k.columns(), () -> new OpeningColumns(openings.values()));
    }

    /**
     * The published placement programs with their rules grouped by value ({@link RuleGroups}), built on first use after
     * a change and kept until the next: every student's matches explain their openings with them.
     */
    RuleGroups ruleGroups() {
        Kept k = current();
        return once(k, k.rules(), () -> new RuleGroups(k.published(), this::used));
    }

    private static <T> T once(Kept k, AtomicReference<T> kept, Supplier<T> build) {
        T value = kept.get();
        if (value == null) {
            synchronized (k) {
                value = kept.get();
                if (value == null) {
                    value = build.get();
                    kept.set(value);
                }
            }
        }
        return value;
    }

    /** What is kept for one epoch: worked out from the catalog as it was then, dropped with the next change. */
    private record Kept(long epoch, List<ProgramDoc> published, Map<String, List<Explainer.Check>> checks,
            Map<String, Eligible> eligible, AtomicLong eligibleHeld, AtomicReference<OpeningColumns> columns,
            AtomicReference<RuleGroups> rules) {
    }

    private Kept current() {
        long now = epoch.get();
        Kept k = kept;
        if (k == null || k.epoch() != now) {
            // a change under way moves the epoch again when it ends, so what is computed meanwhile is never reused
            k = new Kept(now, programs.values().stream().filter(Eligibility::isPublished)
                    .sorted(Comparator.comparing(ProgramDoc::key)).toList(), new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>(), new AtomicLong(), new AtomicReference<>(), new AtomicReference<>());
            kept = k;
        }
        return k;
    }

    private List<Explainer.Check> placementChecks(Located at, LocalDate asOf, List<ProgramDoc> published) {
        List<Explainer.Check> checks = new ArrayList<>();
        for (ProgramDoc p : published) {
            if (p.scope() == Scope.PLACEMENT) {
                List<Failure> base = baseFailures(p, used(p.key()), at, asOf);
                if (base.size() <= 1) {
                    checks.add(new Explainer.Check(p, List.copyOf(base)));
                }
            }
        }
        return checks;
    }

    /** The programs of {@code checks} that pass every rule before the student: the ones that may pay. */
    static List<ProgramDoc> paying(List<Explainer.Check> checks) {
        return checks.stream().filter(c -> c.base().isEmpty()).map(Explainer.Check::program).toList();
    }

    static List<Failure> baseFailures(ProgramDoc p, long used, Located at, LocalDate asOf) {
        List<Failure> base = new ArrayList<>(Eligibility.programOpen(p, asOf));
        base.addAll(Eligibility.capacity(p, used));
        base.addAll(Eligibility.employerRules(p, at.startup(), asOf));
        base.addAll(Eligibility.placementRules(p, at.opening()));
        return base;
    }

    /** The published programs by key, kept until the next change. */
    List<ProgramDoc> sortedPublished() {
        return current().published();
    }
}
