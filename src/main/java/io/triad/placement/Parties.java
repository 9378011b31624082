package io.triad.placement;

import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.web.ProblemException;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * WORKFLOW.md's authorization: the parties of a placement are its startup's owner, its student, and the administrators
 * of programs it applied to (for their own applications); an invitation's are its startup's owner and its student.
 * Someone who is not a party gets 404 (they may not learn it exists); a party whose role may not take the action 403.
 * Operators may do everything except accept or decline for a student.
 */
final class Parties {
    enum Party { STARTUP, STUDENT, PROGRAM_ADMIN, OPERATOR, NONE }

    static final Set<Party> FOUNDER = Set.of(Party.STARTUP, Party.OPERATOR);
    static final Set<Party> THE_STUDENT = Set.of(Party.STUDENT);
    static final Set<Party> FOUNDER_OR_STUDENT = Set.of(Party.STARTUP, Party.STUDENT, Party.OPERATOR);
    static final Set<Party> ADMINISTRATOR = Set.of(Party.PROGRAM_ADMIN, Party.OPERATOR);
    static final Set<Party> ANY = Set.of(Party.STARTUP, Party.STUDENT, Party.PROGRAM_ADMIN, Party.OPERATOR);

    private Parties() {
    }

    static Party of(Account caller, InvitationRow invitation) {
        return of(caller, invitation.startupOwner(), invitation.studentOwner(), false);
    }

    /** For a placement: {@code programOwners} are the owners of the programs it applied to. */
    static Party of(Account caller, PlacementRow placement, Collection<Long> programOwners) {
        return of(caller, placement.startupOwner(), placement.studentOwner(), programOwners.contains(caller.id));
    }

    /** For one application: a program administrator is a party of its own programs' applications only. */
    static Party of(Account caller, PlacementRow placement, ApplicationRow application) {
        return of(caller, placement.startupOwner(), placement.studentOwner(),
                Objects.equals(application.programOwner(), caller.id));
    }

    private static Party of(Account caller, Long startupOwner, Long studentOwner, boolean administers) {
        if (caller.role == Role.OPERATOR) {
            return Party.OPERATOR;
        }
        if (caller.id.equals(startupOwner)) {
            return Party.STARTUP;
        }
        if (caller.id.equals(studentOwner)) {
            return Party.STUDENT;
        }
        return administers ? Party.PROGRAM_ADMIN : Party.NONE;
    }

    /** The actor the history records, once the caller may act: 404 for a non-party, 403 for a party who may not. */
    static Actor require(Account caller, Party party, Set<Party> allowed, String what) {
        if (party == Party.NONE) {
            throw notFound(what);
        }
        if (!allowed.contains(party)) {
            throw ProblemException.forbidden("This account may not do this to " + what);
        }
        return Actor.of(caller.role);
    }

    static ProblemException notFound(String what) {
        return ProblemException.notFound("No " + what + " visible to this account");
    }
}
