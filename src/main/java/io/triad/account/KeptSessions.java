package io.triad.account;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live sessions read from PostgreSQL, kept so that a signed-in request needs no round trip, each no longer than its
 * row allows (its expiry, its idle timeout, and the minute after which its last_seen_at is due to be written again:
 * see SessionService). Whatever changes what a kept session shows (a log-out, an erased account, its row, its unread
 * count) is told to every instance through PostgreSQL's NOTIFY ({@link SessionChanges}), and to this one at once by
 * the code that changed it; both {@link #forget} the account's sessions.
 *
 * <p>Nothing is kept, and nothing kept is trusted, while the notifications may be missed: before the LISTEN, after
 * the connection was lost, or when it last answered longer ago than {@link #TRUSTED_FOR}. A read takes a
 * {@link #ticket} before its query and is kept only if nothing was forgotten meanwhile: a notification that arrives
 * between the query and {@link #keep} cannot be overtaken by the older answer.
 */
@Singleton
class KeptSessions {
    /** Sessions kept at most; past it a new one is read on each request until older ones end (a minute at most). */
    static final int MOST = 10_000;
    private static final long NOT_LISTENING = -1;
    /** How long after the listening connection's last answered round trip what is kept is still trusted. */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(5);

    private record Kept(SessionService.Holder holder, long untilNanos) {
    }

    private final Map<String, Kept> byTokenHash = new ConcurrentHashMap<>();
    /** Moves on every forget and on every change of {@link #listening}. */
    private final AtomicLong changes = new AtomicLong();
    private final long trustedForNanos;
    private volatile boolean listening;
    private volatile long heardNanos;

    KeptSessions() {
        this(TRUSTED_FOR);
    }

    KeptSessions(Duration trustedFor) {
        this.trustedForNanos = trustedFor.toNanos();
    }

    /** What a read started now may pass to {@link #keep}: it is kept only if nothing is forgotten meanwhile. */
    long ticket() {
        return trusted() ? changes.get() : NOT_LISTENING;
    }

    Optional<SessionService.Holder> get(String tokenHash) {
        Kept kept = trusted() ? byTokenHash.get(tokenHash) : null;
        if (kept == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - kept.untilNanos() >= 0) {
            byTokenHash.remove(tokenHash, kept);
            return Optional.empty();
        }
        return Optional.of(kept.holder());
    }

    void keep(long ticket, String tokenHash, SessionService.Holder holder, long untilNanos) {
        if (ticket == NOT_LISTENING || changes.get() != ticket || !room()) {
            return;
        }
        Kept kept = new Kept(holder, untilNanos);
        byTokenHash.put(tokenHash, kept);
        // a forget that ran between the check above and the put did not see this entry: undo it
        if (changes.get() != ticket || !trusted()) {
            byTokenHash.remove(tokenHash, kept);
        }
    }

    /** Forgets every kept session of these accounts; reads already under way are not kept. */
    void forget(Set<Long> accounts) {
        changes.incrementAndGet();
        byTokenHash.values().removeIf(k -> accounts.contains(k.holder().id()));
    }

    /** Notifications are received from now on: keeping may start. */
    void listening() {
        changes.incrementAndGet();
        heard();
        listening = true;
    }

    /** The listening connection just answered a round trip. */
    void heard() {
        heardNanos = System.nanoTime();
    }

    private boolean trusted() {
        return listening && System.nanoTime() - heardNanos < trustedForNanos;
    }

    /** Notifications may be missed from now on: nothing kept is trusted, nothing new is kept. */
    void deaf() {
        listening = false;
        changes.incrementAndGet();
        byTokenHash.clear();
    }

    int size() {
        return byTokenHash.size();
    }

    private boolean room() {
        if (byTokenHash.size() < MOST) {
            return true;
        }
        long now = System.nanoTime();
        byTokenHash.values().removeIf(k -> now - k.untilNanos() >= 0);
        return byTokenHash.size() < MOST;
    }
}
