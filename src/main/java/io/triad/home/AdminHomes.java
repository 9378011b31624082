package io.triad.home;

import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.home.HomeViews.AdminHome;
import io.triad.home.HomeViews.ProgramLine;
import io.triad.home.HomeViews.Step;
import io.triad.people.PeopleViews;
import io.triad.program.IntakeStatus;
import io.triad.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program administrator's home: each program with its status, deadline, the placements it could fund today and the
 * applications waiting for a decision, soonest deadline first, and the next thing to do.
 */
@ApplicationScoped
class AdminHomes {
    private final ProgramService programs;
    private final EntityManager em;
    private final TriadConfig config;

    AdminHomes(ProgramService programs, EntityManager em, TriadConfig config) {
        this.programs = programs;
        this.em = em;
        this.config = config;
    }

    @Transactional
    AdminHome home(Account admin, HomeWording w) {
        LocalDate today = config.today();
        Map<String, Long> pending = pending(admin);
        List<ProgramLine> lines = programs.byKeys(programs.keysOwnedBy(admin)).values().stream()
                .sorted(Comparator.comparing((ProgramDoc p) -> p.intake().deadline(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ProgramDoc::name))
                .map(p -> line(p, pending.getOrDefault(p.key(), 0L), admin, today, w)).toList();
        long waiting = pending.values().stream().mapToLong(Long::longValue).sum();
        return new AdminHome(lines, waiting, next(lines, w));
    }

    private ProgramLine line(ProgramDoc p, long pending, Account admin, LocalDate today, HomeWording w) {
        IntakeStatus status = IntakeStatus.of(p, today);
        boolean placement = p.scope() == Scope.PLACEMENT;
        String fundable = placement && status != IntakeStatus.CLOSED
                ? w.students(programs.matches(p.key(), today, 1, admin).total()) : "";
        String deadline = p.intake().deadline() == null ? w.m.admin_no_deadline()
                : PeopleViews.date(p.intake().deadline(), w.locale);
        String badge = p.status() == ProgramStatus.DRAFT ? w.m.status_draft() : w.status(status);
        return new ProgramLine(p.key(), p.nameFor(w.locale), p.status() == ProgramStatus.DRAFT ? "draft" : status.css(), badge,
                deadline, fundable, pending, p.status() == ProgramStatus.DRAFT, placement);
    }

    /** Applications waiting for a decision, by program key. */
    private Map<String, Long> pending(Account admin) {
        Map<String, Long> out = new HashMap<>();
        List<?> rows = em.createNativeQuery("""
                select p.key, count(*) from application a join program p on p.id = a.program_id
                where p.owner_id = ?1 and a.status = 'PENDING' group by p.key""")
                .setParameter(1, admin.id).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private static Step next(List<ProgramLine> lines, HomeWording w) {
        if (lines.isEmpty()) {
            return new Step("/admin/programs/new", w.m.admin_next_create(), w.m.admin_next_create_why());
        }
        for (ProgramLine p : lines) {
            if (p.pending() > 0) {
                return new Step("/admin/programs/" + p.key() + "/applications?status=PENDING",
                        w.m.admin_next_review(w.count(p.pending()), p.name()), w.m.admin_next_review_why());
            }
        }
        for (ProgramLine p : lines) {
            if (p.draft()) {
                return new Step("/admin/programs/" + p.key() + "/edit", w.m.admin_next_publish(p.name()),
                        w.m.admin_next_publish_why());
            }
        }
        return new Step("/admin/dashboard", w.m.admin_next_dashboards(), w.m.admin_next_dashboards_why());
    }
}
