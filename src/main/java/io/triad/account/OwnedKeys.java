package io.triad.account;

import java.util.List;

/**
 * A feature whose entities accounts own, as {@code GET /api/accounts/me} lists them: each feature implements it
 * and account/ looks the implementations up, so it never imports a feature.
 */
public interface OwnedKeys {

    /** The lists of API.md's {@code owns}. */
    enum Kind {
        STARTUPS, STUDENTS, PROGRAMS
    }

    Kind kind();

    /** The keys of what {@code owner} owns in this feature, in key order. */
    List<String> keysOwnedBy(Account owner);
}
