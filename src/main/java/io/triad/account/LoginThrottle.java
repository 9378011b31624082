package io.triad.account;

import java.time.Clock;
import java.time.Duration;

/**
 * Log-in throttling as API.md says (ASVS 5.0 V6.3.1): more than {@code perPair} failures for one (email, client
 * address), or more than {@code perEmail} for one email from all addresses, within 15 minutes get 429 with
 * Retry-After. An attempt takes a slot in both windows before its password is checked and gives them back only when
 * the password was right, so parallel guesses can never exceed the limits. A stranger guessing from another address
 * fills only their own (email, address) window: the owner keeps logging in from theirs until the per-email cap, which
 * is ten times higher, is reached.
 */
final class LoginThrottle {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Throttle pairs;
    private final Throttle emails;

    LoginThrottle(int perPair, int perEmail, int maxSubjects, Clock clock) {
        this.pairs = new Throttle(perPair, WINDOW, maxSubjects, clock);
        this.emails = new Throttle(perEmail, WINDOW, maxSubjects, clock);
    }

    /** The slots one attempt holds until it is known to have succeeded. */
    record Attempt(Throttle.Slot pair, Throttle.Slot email) {
    }

    /** Takes the attempt's slots, or throws 429 when either window is full. */
    synchronized Attempt begin(String email, String address) {
        String pair = pair(email, address);
        refuseWhenFull(pair, email);
        return new Attempt(pairs.take(pair), emails.take(email));
    }

    /** The password was right: the attempt does not count as a failure. */
    synchronized void succeeded(Attempt attempt) {
        pairs.release(attempt.pair());
        emails.release(attempt.email());
    }

    /**
     * 429 when either window is full, without taking a slot: for credentials verified a moment ago (they must not
     * let a guesser past a full window, which would tell them the guess was right).
     */
    synchronized void check(String email, String address) {
        refuseWhenFull(pair(email, address), email);
    }

    private void refuseWhenFull(String pair, String email) {
        long wait = Math.max(pairs.retryAfter(pair), emails.retryAfter(email));
        if (wait > 0) {
            throw new LoginThrottledException(wait);
        }
    }

    /** NUL never occurs in a client address, so no (email, address) pair can spell another's key. */
    private static String pair(String email, String address) {
        return email + '\0' + address;
    }
}
