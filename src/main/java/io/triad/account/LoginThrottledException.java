package io.triad.account;

import io.triad.web.ProblemException;
import java.util.Map;

/** Too many failed log-ins for one email: answered with 429 and Retry-After. */
public class LoginThrottledException extends ProblemException {

    LoginThrottledException(long retryAfterSeconds) {
        super(429, "Too many requests", "Too many failed log-ins for this email; try again later",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
