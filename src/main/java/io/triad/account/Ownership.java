package io.triad.account;

import io.triad.domain.Role;
import io.triad.web.ProblemException;

/** Who may change what: an account changes what it owns; operators change everything. */
public final class Ownership {
    private Ownership() {
    }

    public static boolean mayChange(Account caller, Account owner) {
        return caller.role == Role.OPERATOR || (owner != null && owner.id.equals(caller.id));
    }

    /** 403 unless the caller has one of the roles (operators always pass). */
    public static void requireRole(Account caller, Role role) {
        if (caller.role != Role.OPERATOR && caller.role != role) {
            throw ProblemException.forbidden("Only " + role + " accounts may do this");
        }
    }

    public static void requireChange(Account caller, Account owner, String what) {
        if (!mayChange(caller, owner)) {
            throw ProblemException.forbidden(what + " belongs to another account");
        }
    }

    /** The owner a new entity gets: the caller when its role fits, else nobody (operator-managed). */
    public static Account ownerOfNew(Account caller, Role fittingRole) {
        return caller != null && caller.role == fittingRole ? caller : null;
    }
}
