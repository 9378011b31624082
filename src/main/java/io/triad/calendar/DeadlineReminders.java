package io.triad.calendar;

import io.triad.db.Sql;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.notification.Kind;
import io.triad.notification.Notify;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Daily, once across instances: a founder hears of each program deadline within 14 days that one of its startups or
 * active placements is eligible for and has not applied to yet, once per deadline (a dedup key on its calendar UID
 * and date: a deadline moved later is told again).
 */
@ApplicationScoped
class DeadlineReminders {
    static final int DAYS = 14;

    private final Sql db;
    private final Deadlines deadlines;
    private final Notify notify;
    private final TriadConfig config;

    /** {@code schedule} declares the job's setting (the scheduler reads it by name; an unread mapping is refused). */
    DeadlineReminders(Sql db, Deadlines deadlines, Notify notify, TriadConfig config, CalendarConfig schedule) {
        this.db = db;
        this.deadlines = deadlines;
        this.notify = notify;
        this.config = config;
    }

    @Scheduled(cron = "${triad.calendar.reminder-cron:0 0 6 * * ?}", timeZone = "${triad.zone:America/Toronto}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** How many reminders were written now. */
    @Transactional
    int run() {
        if (!notify.once("deadline-reminders")) {
            return 0;
        }
        LocalDate last = config.today().plusDays(DAYS);
        List<Long> founders = db.list("select distinct owner_id from startup where owner_id is not null order by 1",
                rs -> rs.getLong(1));
        int told = 0;
        for (long founder : founders) {
            for (Deadline d : deadlines.of(founder, Role.STARTUP)) {
                if (d.remindable() && !d.date().isAfter(last)) {
                    String program = d.uid().substring("program-".length(), d.uid().indexOf(d.kind()
                            .equals("COMPANY_PROGRAM") ? "-startup-" : "-placement-"));
                    told += notify.tell(founder, Kind.DEADLINE_SOON, "program:" + program, d.link(),
                            Map.of("program", d.name(), "date", d.date().toString()),
                            "deadline:" + d.uid() + ":" + d.date()).isPresent() ? 1 : 0;
                }
            }
        }
        return told;
    }
}
