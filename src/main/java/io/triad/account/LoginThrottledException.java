package io.triad.account;

/** Too many failed log-ins for one email: answered with 429 and Retry-After. */
public class LoginThrottledException extends RuntimeException {
    private final long retryAfterSeconds;

    LoginThrottledException(long retryAfterSeconds) {
        super("Too many failed log-ins for this email; try again later", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
