package io.triad.home;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Regions;
import io.triad.domain.StartupDoc;
import io.triad.home.HomeViews.Deadline;
import io.triad.home.HomeViews.FounderHome;
import io.triad.home.HomeViews.OpeningLine;
import io.triad.home.HomeViews.StartupLine;
import io.triad.home.HomeViews.Step;
import io.triad.matching.MatchOrder;
import io.triad.people.PeopleViews;
import io.triad.program.IntakeStatus;
import io.triad.program.ProgramService;
import io.triad.startup.StartupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A founder's home: each startup with its openings, how many students fit each and how many of them programs would
 * fund, the company programs it qualifies for, the deadlines coming in its regions, and the next thing to do.
 */
@ApplicationScoped
class FounderHomes {
    /** Deadlines this close are listed on the home. */
    static final int DEADLINE_DAYS = 30;

    private final StartupService startups;
    private final ProgramService programs;
    private final TriadConfig config;

    FounderHomes(StartupService startups, ProgramService programs, TriadConfig config) {
        this.startups = startups;
        this.programs = programs;
        this.config = config;
    }

    @Transactional
    FounderHome home(Account founder, HomeWording w) {
        LocalDate today = config.today();
        List<StartupDoc> owned = startups.ownedBy(founder).stream().map(startups::view).toList();
        List<StartupLine> lines = owned.stream().map(s -> line(s, founder, today, w)).toList();
        return new FounderHome(lines, deadlines(owned, today, w), next(lines, w));
    }

    private StartupLine line(StartupDoc s, Account founder, LocalDate today, HomeWording w) {
        List<OpeningLine> openings = s.openings().stream()
                .sorted(Comparator.comparing(OpeningDoc::startDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(o -> opening(o, founder, today, w)).toList();
        int company = startups.programs(s.key(), today, founder).eligible().size();
        return new StartupLine(s.key(), s.name(), openings, w.count(company));
    }

    private OpeningLine opening(OpeningDoc o, Account founder, LocalDate today, HomeWording w) {
        long fit = startups.openingMatches(o.key(), today, 1, false, MatchOrder.SCORE, founder).total();
        long funded = startups.openingMatches(o.key(), today, 1, true, MatchOrder.SCORE, founder).total();
        return new OpeningLine(o.key(), o.title(), PeopleViews.date(o.startDate(), w.locale),
                o.startDate() != null && o.startDate().isBefore(today), w.students(fit), w.students(funded));
    }

    /** Open programs whose deadline comes within {@value #DEADLINE_DAYS} days, in a region of one of the startups. */
    private List<Deadline> deadlines(List<StartupDoc> owned, LocalDate today, HomeWording w) {
        return programs.published().stream()
                .filter(p -> p.intake().deadline() != null && !p.intake().deadline().isBefore(today)
                        && !p.intake().deadline().isAfter(today.plusDays(DEADLINE_DAYS)))
                .filter(p -> IntakeStatus.of(p, today) != IntakeStatus.UPCOMING)
                .filter(p -> owned.stream().anyMatch(s -> inRegion(p, s)))
                .sorted(Comparator.comparing((ProgramDoc p) -> p.intake().deadline()).thenComparing(ProgramDoc::name))
                .limit(10).map(p -> deadline(p, today, w)).toList();
    }

    private static boolean inRegion(ProgramDoc p, StartupDoc s) {
        return p.regions() == null || p.regions().isEmpty() || Regions.anyMatches(p.regions(), s.region());
    }

    static Deadline deadline(ProgramDoc p, LocalDate today, HomeWording w) {
        IntakeStatus status = IntakeStatus.of(p, today);
        return new Deadline(p.key(), p.nameFor(w.locale), PeopleViews.date(p.intake().deadline(), w.locale), status.css(),
                w.status(status));
    }

    private static Step next(List<StartupLine> lines, HomeWording w) {
        if (lines.isEmpty()) {
            return new Step("/startups/new", w.m.founder_next_startup(), w.m.founder_next_startup_why());
        }
        for (StartupLine s : lines) {
            if (s.openings().isEmpty()) {
                return new Step("/startups/" + s.key() + "/openings/new", w.m.founder_next_opening(s.name()),
                        w.m.founder_next_opening_why());
            }
        }
        for (StartupLine s : lines) {
            for (OpeningLine o : s.openings()) {
                if (o.started()) {
                    return new Step("/startups/" + s.key() + "/openings/" + o.key() + "/edit",
                            w.m.founder_next_started(o.title()), w.m.founder_next_started_why());
                }
            }
        }
        StartupLine first = lines.get(0);
        OpeningLine opening = first.openings().get(0);
        return new Step("/startups/" + first.key() + "/openings/" + opening.key() + "/matches",
                w.m.founder_next_matches(opening.title()), w.m.founder_next_matches_why());
    }
}
