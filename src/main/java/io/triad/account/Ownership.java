package io.triad.account;

import io.triad.domain.Role;
import io.triad.web.ProblemException;
import java.util.Optional;

/**
 * Who may change what, and who owns what is saved: an account changes what it owns; operators change everything.
 * The one place these rules live for the API, the pages and imports.
 */
public final class Ownership {
    private Ownership() {
    }

    public static boolean mayChange(Account caller, Account owner) {
        return mayChangeById(caller, owner == null ? null : owner.id);
    }

    /** As {@link #mayChange(Account, Account)}, from the owner's id as a page's own read gives it (null: none). */
    public static boolean mayChangeById(Account caller, Long ownerId) {
        return caller.role == Role.OPERATOR || (ownerId != null && ownerId.equals(caller.id));
    }

    /** 403 unless the caller has one of the roles (operators always pass). */
    public static void requireRole(Account caller, Role role) {
        if (caller.role != Role.OPERATOR && caller.role != role) {
            throw ProblemException.forbidden("Only " + role + " accounts may do this");
        }
    }

    public static void requireChange(Account caller, Account owner, String what) {
        requireChangeById(caller, owner == null ? null : owner.id, what);
    }

    /** As {@link #requireChange(Account, Account, String)}, from the owner's id. */
    public static void requireChangeById(Account caller, Long ownerId, String what) {
        if (!mayChangeById(caller, ownerId)) {
            throw ProblemException.forbidden(what + " belongs to another account");
        }
    }

    /**
     * The owner of a program, startup or student once it is created or replaced: the account the document names
     * (only operators and importers may name one, see {@link #named}), else the owner of the entity it replaces, even
     * none (an operator-managed entity stays so: replacing never hands an existing entity to its replacer), else its
     * creator; kept only when that account has the entity's {@code role}, otherwise nobody owns it and operators
     * manage it (so an operator's new entities are operator-managed).
     */
    public static Account owner(Account named, Optional<? extends OwnedEntity> existing, Account creator, Role role) {
        Account candidate = named != null ? named
                : existing.isPresent() ? existing.get().owner : creator;
        return candidate != null && candidate.role == role ? candidate : null;
    }

    /** The account an owner email names, when one exists with the role the entity needs. */
    public static Optional<Account> named(String email, Role role) {
        return Account.byEmail(email).filter(a -> a.role == role);
    }
}
