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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily, once across instances: a founder hears of each program deadline within 14 days that one of its startups,
 * active placements or openings' matches is eligible for and has not applied to yet, once per program and deadline
 * (a deadline moved later is told again). What a reminder is about comes from the deadline's data (its program key),
 * never from its calendar UID.
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
            Map<String, Deadline> due = new LinkedHashMap<>();
            for (Deadline d : deadlines.of(founder, Role.STARTUP)) {
                if (d.remindable() && !d.date().isAfter(last)) {
                    due.putIfAbsent(d.program() + ":" + d.date(), d);
                }
            }
            for (Deadline d : due.values()) {
                told += remind(founder, d) ? 1 : 0;
            }
        }
        return told;
    }

    /**
     * One reminder per program and deadline date, however many startups, placements or matches it concerns (told
     * before under any key, it is not told again; the dedup key guards the race).
     */
    private boolean remind(long founder, Deadline d) {
        boolean told = db.count("select count(*) from notification where account_id = ? and kind = 'DEADLINE_SOON' "
                + "and item = ? and args->>'date' = ?", founder, "program:" + d.program(), d.date().toString()) > 0;
        return !told && notify.tell(founder, Kind.DEADLINE_SOON, "program:" + d.program(), d.link(),
                Notify.program(d.name(), d.nameFr(), Map.of("date", d.date().toString())),
                "deadline:" + d.program() + ":" + d.date()).isPresent();
    }
}
