package io.triad.account;

import io.triad.domain.Role;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.web.Saved;
import java.util.Optional;

/**
 * A create-or-replace by key of something accounts own (API.md's {@code PUT} of programs, startups and students),
 * once {@link OwnedRows#claim} holds its row: whether it created the row (201) or replaces one (200), and, with
 * {@link Ownership#owner}, who owns the result. The caller checks ownership against {@link #existing()}, which stays
 * locked until its transaction ends, so nothing can change hands between that check and the write.
 */
public final class Upsert<E extends OwnedEntity> {
    private final E entity;
    private final boolean created;

    private Upsert(E entity, boolean created) {
        this.entity = entity;
        this.created = created;
    }

    static <E extends OwnedEntity> Upsert<E> replacing(E existing) {
        return new Upsert<>(existing, false);
    }

    static <E extends OwnedEntity> Upsert<E> creating(E inserted) {
        return new Upsert<>(inserted, true);
    }

    /** 400 unless the key in the path is the document's. */
    public static void requireSameKey(String pathKey, String docKey) {
        if (!pathKey.equals(docKey)) {
            throw InvalidInput.of("key", ViolationCode.KEY_MISMATCH, pathKey);
        }
    }

    /** The locked entity the document replaces; empty when this request created the row. */
    public Optional<E> existing() {
        return created ? Optional.empty() : Optional.of(entity);
    }

    /** Who owns the saved entity: see {@link Ownership#owner}. */
    public Account owner(Account named, Account caller, Role role) {
        return Ownership.owner(named, existing(), caller, role);
    }

    public <T> Saved<T> saved(T value) {
        return new Saved<>(value, created);
    }
}
