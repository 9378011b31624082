package io.triad.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features (alerts, the calendar's reminders) use to tell an account something: in the caller's
 * transaction, subject to the reader's mutes and mail choices, once per {@code dedup} key when one is given.
 */
@ApplicationScoped
public class Notify {
    private final Notifications notifications;
    private final Scheduling scheduling;

    Notify(Notifications notifications, Scheduling scheduling) {
        this.notifications = notifications;
        this.scheduling = scheduling;
    }

    /** {@code item}: {@code program:<key>} or {@code opening:<key>} (what muting matches), or null. */
    public Optional<UUID> tell(long account, Kind kind, String item, String link, Map<String, String> args,
            String dedup) {
        return notifications.add(new Notice(account, kind, item, link, args, dedup));
    }

    /**
     * A notice's values naming a program: {@code program} (its name) and, when it has one, {@code programFr} (its
     * French name, what a French reader's subject and mail show), with {@code more}.
     */
    public static Map<String, String> program(String name, String nameFr, Map<String, String> more) {
        Map<String, String> args = new HashMap<>(more);
        args.put("program", name);
        if (nameFr != null && !nameFr.isBlank()) {
            args.put("program" + Wording.FRENCH, nameFr);
        }
        return args;
    }

    /** Whether this instance runs the scheduled job now (a transaction-level advisory lock; see Scheduling). */
    public boolean once(String job) {
        return scheduling.once(job);
    }
}
