package io.triad.notification;

import io.triad.db.Sql;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest: one mail per account for everything it chose to hear of once a day (never one per event). The
 * notifications are marked DIGESTED in the transaction that queues their mail, under the job's advisory lock, so two
 * instances never send one digest twice.
 */
@ApplicationScoped
class Digests {
    private final Sql db;
    private final Outbox outbox;
    private final Scheduling scheduling;

    Digests(Sql db, Outbox outbox, Scheduling scheduling) {
        this.db = db;
        this.outbox = outbox;
        this.scheduling = scheduling;
    }

    @Scheduled(cron = "${triad.mail.digest-cron:0 0 7 * * ?}", timeZone = "${triad.zone:America/Toronto}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int mails = run();
        Log.debugf("Daily digest: %d mails queued", mails);
    }

    /** Queues the digests now; answers how many mails (0 when another instance holds the job). */
    @Transactional
    int run() {
        if (!scheduling.once("digest")) {
            return 0;
        }
        // an item muted since its notice was written sends no mail either
        db.update("update notification n set mail = 'NONE' where mail = 'DIGEST' and exists (select 1 from "
                + "notification_mute m where m.account_id = n.account_id and m.item in (n.item, n.within))");
        Map<Long, List<UUID>> waiting = new LinkedHashMap<>();
        db.list("select account_id, id from notification where mail = 'DIGEST' order by account_id, at, id for update",
                rs -> waiting.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Sql.uuid(rs, "id")));
        waiting.forEach((account, ids) -> outbox.queue(account, ids, true));
        db.update("update notification set mail = 'DIGESTED' where id = any(?)",
                (Object) waiting.values().stream().flatMap(List::stream).toArray(UUID[]::new));
        return waiting.size();
    }
}
