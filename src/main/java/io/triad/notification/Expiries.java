package io.triad.notification;

import io.triad.db.Sql;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * An invitation expires when today is after its opening's start date (WORKFLOW.md computes it when read, so no
 * state change fires for it): this job finds the newly expired ones and tells their student and the founder who
 * sent it, each once (dedup key). The founder reads the student's name, nothing more.
 */
@ApplicationScoped
class Expiries {
    private record Expired(String invitation, Long student, Long founder, String opening, String title,
            String startup, String studentName) {
    }

    private static final String UNTOLD = "not exists (select 1 from notification n where n.account_id = %s "
            + "and n.dedup = 'expired:' || i.id::text)";

    private final Sql db;
    private final Notifications notifications;
    private final Scheduling scheduling;
    private final TriadConfig config;

    /** {@code schedule} declares the job's setting (the scheduler reads it by name; an unread mapping is refused). */
    Expiries(Sql db, Notifications notifications, Scheduling scheduling, TriadConfig config,
            NotificationConfig schedule) {
        this.db = db;
        this.notifications = notifications;
        this.scheduling = scheduling;
        this.config = config;
    }

    @Scheduled(every = "${triad.notifications.expiry-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        run();
    }

    /** Tells both parties of each invitation that expired and was not told yet; how many notices were written. */
    @Transactional
    int run() {
        if (!scheduling.once("expiry")) {
            return 0;
        }
        int told = 0;
        for (Expired e : db.list("""
                select i.id::text, t.owner_id as student, s.owner_id as founder, o.key, o.doc->>'title', s.doc->>'name',
                       coalesce(t.doc->>'name', t.key) as tname
                from invitation i join opening o on o.id = i.opening_id join startup s on s.id = o.startup_id
                join student t on t.id = i.student_id
                where i.status = 'INVITED' and (o.doc->>'startDate')::date < ?
                  and (t.owner_id is not null and\s""" + UNTOLD.formatted("t.owner_id") + """
                       or s.owner_id is not null and\s""" + UNTOLD.formatted("s.owner_id") + ")",
                rs -> new Expired(rs.getString(1), Sql.longOrNull(rs, "student"), Sql.longOrNull(rs, "founder"),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString("tname")), config.today())) {
            told += tell(e.student(), e, Map.of("opening", e.title(), "startup", e.startup()));
            told += tell(e.founder(), e, Map.of("opening", e.title(), "student", e.studentName(), "side", "sent"));
        }
        return told;
    }

    private int tell(Long account, Expired e, Map<String, String> args) {
        if (account == null) {
            return 0;
        }
        Notice notice = new Notice(account, Kind.INVITATION_EXPIRED, "invitation:" + e.invitation(),
                "opening:" + e.opening(), "/invitations", args, "expired:" + e.invitation());
        return notifications.add(notice).isPresent() ? 1 : 0;
    }
}
