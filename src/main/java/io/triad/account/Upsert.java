package io.triad.account;

import io.triad.domain.Role;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.web.Saved;
import java.util.Optional;
import java.util.function.Function;

/**
 * A create-or-replace by key of something accounts own (API.md's {@code PUT} of programs, startups and students):
 * the key in the path must be the document's (else 400), and what exists under it decides between created (201)
 * and replaced (200) and, with {@link Ownership#owner}, who owns the result.
 */
public final class Upsert<E extends OwnedEntity> {
    private final Optional<E> existing;

    private Upsert(Optional<E> existing) {
        this.existing = existing;
    }

    /** Checks the keys agree, then looks up what the document would replace. */
    public static <E extends OwnedEntity> Upsert<E> of(String pathKey, String docKey,
            Function<String, Optional<E>> byKey) {
        if (!pathKey.equals(docKey)) {
            throw InvalidInput.of("key", ViolationCode.KEY_MISMATCH, pathKey);
        }
        return new Upsert<>(byKey.apply(pathKey));
    }

    /** The entity the document replaces; empty when it creates one. */
    public Optional<E> existing() {
        return existing;
    }

    /** Who owns the saved entity: see {@link Ownership#owner}. */
    public Account owner(Account named, Account caller, Role role) {
        return Ownership.owner(named, existing, caller, role);
    }

    public <T> Saved<T> saved(T value) {
        return new Saved<>(value, existing.isEmpty());
    }
}
