package io.triad.matching;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.StartupDoc;
import io.triad.matching.MatchResults.ProgramFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A program's dashboard figures from what the engine holds: startups and openings in memory, students counted per
 * segment ({@link EligibleStudents}). The last answer per program and viewer is kept until a program, startup or
 * student changes, so a dashboard viewed again costs a lookup.
 */
final class ProgramCounts {
    private record Asked(ProgramDoc program, long approved, LocalDate asOf, boolean privileged) {
    }

    private record Kept(Asked asked, long epoch, long version, ProgramFigures figures) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * The figures for {@code program} with {@code approved} placements on {@code asOf}; {@code epoch} changes with
     * programs, startups and openings.
     */
    ProgramFigures figures(ProgramDoc program, long approved, LocalDate asOf, boolean privileged, long epoch,
            Collection<StartupDoc> startups, StudentIndex students) {
        Asked asked = new Asked(program, approved, asOf, privileged);
        String slot = program.key() + (privileged ? "/operator" : "/admin");
        Kept known = kept.get(slot);
        if (isCurrent(known, asked, epoch, students)) {
            return known.figures();
        }
        // one count at a time per program and viewer: a crowd asking at once waits for it instead of repeating it
        synchronized (locks.computeIfAbsent(slot, k -> new Object())) {
            known = kept.get(slot);
            return isCurrent(known, asked, epoch, students) ? known.figures()
                    : count(slot, asked, epoch, startups, students);
        }
    }

    /**
     * The figures kept for these arguments if they are current, else null (nothing is counted): a program's matches
     * take their total from here when the dashboard has one, and otherwise from their own searches.
     */
    ProgramFigures kept(ProgramDoc program, long approved, LocalDate asOf, boolean privileged, long epoch,
            StudentIndex students) {
        Kept known = kept.get(program.key() + (privileged ? "/operator" : "/admin"));
        return isCurrent(known, new Asked(program, approved, asOf, privileged), epoch, students) ? known.figures()
                : null;
    }

    private static boolean isCurrent(Kept known, Asked asked, long epoch, StudentIndex students) {
        return known != null && known.asked().equals(asked) && known.epoch() == epoch
                && known.version() == students.version();
    }

    private ProgramFigures count(String slot, Asked asked, long epoch, Collection<StartupDoc> startups,
            StudentIndex students) {
        ProgramDoc program = asked.program();
        boolean privileged = asked.privileged();
        long approved = asked.approved();
        LocalDate asOf = asked.asOf();
        Startups s = startups(program, approved, asOf, startups);
        StudentIndex.Counted counted = students.count(program, privileged, s.openings());
        EligibleStudents e = counted.eligible();
        ProgramFigures figures = new ProgramFigures(startups.size(), s.eligible(), s.byRegion(), s.bySector(),
                s.openings().size(), counted.students(), e.eligible(), e.byRegion(), e.placements(), e.amounts());
        kept.put(slot, new Kept(asked, epoch, counted.version(), figures));
        return figures;
    }

    void forget(String programKey) {
        kept.remove(programKey + "/operator");
        kept.remove(programKey + "/admin");
    }

    /** Eligible startups and, for a placement program, their openings that have not started and pass its rules. */
    private record Startups(long eligible, Map<String, Long> byRegion, Map<String, Long> bySector,
            List<OpeningDoc> openings) {
    }

    private static Startups startups(ProgramDoc p, long approved, LocalDate asOf, Collection<StartupDoc> startups) {
        boolean open = Eligibility.programOpen(p, asOf).isEmpty();
        boolean full = !Eligibility.capacity(p, approved).isEmpty();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> bySector = new TreeMap<>();
        List<OpeningDoc> openings = new ArrayList<>();
        long eligible = 0;
        for (StartupDoc s : startups) {
            List<OpeningDoc> passing = s.openings().stream().filter(o -> !Eligibility.hasStarted(o, asOf))
                    .filter(o -> Eligibility.placementRules(p, o).isEmpty()).toList();
            boolean ok = open && Eligibility.employerRules(p, s, asOf).isEmpty()
                    && (p.scope() == Scope.COMPANY || !full && !passing.isEmpty());
            if (ok) {
                eligible++;
                if (p.scope() == Scope.PLACEMENT) {
                    openings.addAll(passing);
                }
                byRegion.merge(s.region(), 1L, Long::sum);
                sectors(s).forEach(sector -> bySector.merge(sector, 1L, Long::sum));
            }
        }
        return new Startups(eligible, byRegion, bySector, openings);
    }

    /** Sector names; a startup with several counts in each, one with none under the empty name. */
    private static List<String> sectors(StartupDoc s) {
        return s.sectors().isEmpty() ? List.of("") : s.sectors().stream().map(Sector::name).distinct().toList();
    }
}
