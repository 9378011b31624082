package io.triad.notification;

import io.triad.db.Sql;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * An invitation expires when today is after its opening's start date (WORKFLOW.md computes it when read, so no
 * state change fires for it): this job finds the newly expired ones and tells their student once (dedup key).
 */
@ApplicationScoped
class Expiries {
    private record Expired(String invitation, long student, String opening, String title, String startup) {
    }

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

    /** Tells each student of its invitations that expired and were not told yet; how many were told. */
    @Transactional
    int run() {
        if (!scheduling.once("expiry")) {
            return 0;
        }
        int told = 0;
        for (Expired e : db.list("""
                select i.id::text, t.owner_id, o.key, o.doc->>'title', s.doc->>'name' from invitation i
                join opening o on o.id = i.opening_id join startup s on s.id = o.startup_id
                join student t on t.id = i.student_id
                where i.status = 'INVITED' and (o.doc->>'startDate')::date < ? and t.owner_id is not null
                  and not exists (select 1 from notification n where n.account_id = t.owner_id
                                  and n.dedup = 'expired:' || i.id::text)""",
                rs -> new Expired(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                config.today())) {
            Notice notice = new Notice(e.student(), Kind.INVITATION_EXPIRED, "opening:" + e.opening(), "/invitations",
                    Map.of("opening", e.title(), "startup", e.startup()), "expired:" + e.invitation());
            told += notifications.add(notice).isPresent() ? 1 : 0;
        }
        return told;
    }
}
