package io.triad.alert;

import io.triad.db.Sql;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.triad.notification.Kind;
import io.triad.notification.Notify;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every active alert, once across instances (an advisory lock): what it matches now and has not told yet is
 * told (once: a dedup key per alert and match) and joins what it has seen. A paused alert is skipped and tells, when
 * resumed, only what is still new to it.
 */
@ApplicationScoped
class AlertRunner {
    /** At most this many notices per alert and run: an alert must never flood its owner. */
    static final int MOST_PER_RUN = 10;

    private final Sql db;
    private final Alerts alerts;
    private final Matches matches;
    private final Notify notify;

    /** {@code schedule} declares the job's setting (the scheduler reads it by name; an unread mapping is refused). */
    AlertRunner(Sql db, Alerts alerts, Matches matches, Notify notify, AlertConfig schedule) {
        this.db = db;
        this.alerts = alerts;
        this.matches = matches;
        this.notify = notify;
    }

    @Scheduled(every = "${triad.alerts.every:15m}", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** How many notices were written now. */
    @Transactional
    int run() {
        if (!notify.once("alerts")) {
            return 0;
        }
        int told = 0;
        for (Alert alert : db.list("select id, account_id, kind, name, query::text, paused, seen from saved_alert "
                + "where not paused order by created_at, id for update", alerts::alert)) {
            Map<String, Matches.Label> now;
            try {
                now = matches.of(alert);
            } catch (RuntimeException e) {
                Log.warnf("Alert %s could not be checked (%s)", alert.id(), e.getClass().getSimpleName());
                continue;
            }
            List<String> fresh = new ArrayList<>(now.keySet());
            fresh.removeAll(alert.seen());
            List<String> telling = fresh.subList(0, Math.min(MOST_PER_RUN, fresh.size()));
            for (String key : telling) {
                told += notify.tell(alert.account(), Kind.ALERT_MATCH, item(alert, key), link(alert, key),
                        args(alert, now.get(key)), "alert:" + alert.id() + ":" + key)
                        .isPresent() ? 1 : 0;
            }
            Set<String> seen = new LinkedHashSet<>(alert.seen());
            seen.addAll(telling);
            db.update("update saved_alert set seen = ? where id = ?", seen.toArray(String[]::new), alert.id());
        }
        return told;
    }

    /** The alert's name and the match's, with its French name beside it when it has one (a program's). */
    private static Map<String, String> args(Alert alert, Matches.Label match) {
        Map<String, String> args = new java.util.HashMap<>(Map.of("alert", alert.name(), "name", match.name()));
        if (match.nameFr() != null && !match.nameFr().isBlank()) {
            args.put("nameFr", match.nameFr());
        }
        return args;
    }

    private static String item(Alert alert, String key) {
        return switch (alert.kind()) {
            case "PROGRAMS" -> "program:" + key;
            case "STUDENTS" -> "opening:" + alert.q("opening");
            default -> "opening:" + key;
        };
    }

    private static String link(Alert alert, String key) {
        return switch (alert.kind()) {
            case "PROGRAMS" -> "/programs/" + key;
            case "STUDENTS" -> "/alerts";
            default -> "/student/matches";
        };
    }
}
