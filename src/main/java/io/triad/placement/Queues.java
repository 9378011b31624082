package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.placement.PageModels.ApplicationLine;
import io.triad.program.dashboard.UptakeCard;
import io.triad.placement.PageModels.HistoryLine;
import io.triad.placement.Views.ApplicationView;
import io.triad.placement.Views.Uptake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The administrator's queue page: the program's applications with their placements, and its uptake as figures. */
@ApplicationScoped
class Queues {
    record Queue(String name, List<ApplicationLine> applications, UptakeCard uptake) {
    }

    private record Where(String opening, String startup, String student) {
    }

    private final Sql sql;
    private final ProgramQueue queue;
    private final Boards boards;

    Queues(Sql sql, ProgramQueue queue, Boards boards) {
        this.sql = sql;
        this.queue = queue;
        this.boards = boards;
    }

    @Transactional
    Queue queue(String key, ApplicationStatus status, Account caller, Locale locale) {
        Uptake uptake = queue.uptake(key, caller);
        List<ApplicationView> views = queue.applications(key, status, 1000, 0, caller).items();
        Map<UUID, Where> where = new HashMap<>();
        if (!views.isEmpty()) {
            sql.list("""
                    select p.id, o.key, s.key, t.key from placement p left join opening o on o.id = p.opening_id
                    left join startup s on s.id = p.startup_id left join student t on t.id = p.student_id
                    where p.id = any(?)""", rs -> where.put(Sql.uuid(rs, "id"), new Where(rs.getString(2),
                    rs.getString(3), rs.getString(4))),
                    (Object) views.stream().map(a -> UUID.fromString(a.placement())).toArray(UUID[]::new));
        }
        String name = boards.names(List.of(key), locale).getOrDefault(key, key);
        List<ApplicationLine> lines = views.stream().map(a -> {
            Where w = where.getOrDefault(UUID.fromString(a.placement()), new Where(null, null, null));
            boolean waiting = a.status() == ApplicationStatus.PENDING || a.status() == ApplicationStatus.WAITLISTED;
            return new ApplicationLine(a.id(), a.placement(), a.program(), name, a.status().name(),
                    Boards.money(a.amount(), locale), false, a.waitlistPosition(), a.reason(),
                    PageModels.when(a.appliedAt(), locale), a.verdict(), HistoryLine.of(a.history(), locale), false,
                    a.status() == ApplicationStatus.PENDING, waiting, w.opening(), w.startup(), w.student());
        }).toList();
        return new Queue(name, lines, ProgramUptake.of(uptake, locale));
    }
}
