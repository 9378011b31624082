package io.triad.notification;

import io.triad.db.Sql;
import io.triad.notification.Kind.Mode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What an unsubscribe token stands for: the account of its mail and the kinds that mail told of. */
@ApplicationScoped
class Unsubscribing {
    private record Target(long account, List<String> kinds) {
    }

    private final Sql db;
    private final Preferences preferences;

    Unsubscribing(Sql db, Preferences preferences) {
        this.db = db;
        this.preferences = preferences;
    }

    @Transactional
    boolean known(String token) {
        return target(token).isPresent();
    }

    /** Turns every kind of the token's mail to "no mail"; false for an unknown token (nothing changes). */
    @Transactional
    boolean unsubscribe(String token) {
        Optional<Target> target = target(token);
        target.ifPresent(t -> t.kinds().forEach(kind -> preferences.set(t.account(), Kind.valueOf(kind), Mode.NEVER)));
        return target.isPresent();
    }

    private Optional<Target> target(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return db.one("select account_id, kinds from mail_outbox where unsubscribe_token = ?",
                rs -> new Target(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray())), token);
    }
}
