package io.triad.round;

import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.matching.Eligibility;
import io.triad.round.RoundStore.OpeningAt;
import io.triad.round.RoundStore.StudentAt;
import io.triad.web.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a round's caller is: its operator, a startup owning one of its openings, a student who fits one of its openings
 * (or has ranked in it), or nobody (404: they may not learn it exists). A party taking an action its role may not is
 * 403. Operators act for startups (as everywhere in the workflow) but never rank for a student.
 */
record RoundAccess(Account caller, Kind kind, Set<String> ownOpenings, Optional<StudentAt> student) {
    enum Kind { OPERATOR, STARTUP, STUDENT, NONE }

    static RoundAccess of(Account caller, List<OpeningAt> openings, List<StudentAt> ownStudents, boolean ranked) {
        if (caller.role == Role.OPERATOR) {
            return new RoundAccess(caller, Kind.OPERATOR, Set.of(), Optional.empty());
        }
        Set<String> own = openings.stream().filter(o -> caller.id.equals(o.owner())).map(OpeningAt::key)
                .collect(Collectors.toSet());
        if (!own.isEmpty()) {
            return new RoundAccess(caller, Kind.STARTUP, own, Optional.empty());
        }
        Optional<StudentAt> student = ownStudents.stream().findFirst();
        boolean fits = student.isPresent() && (ranked || openings.stream()
                .anyMatch(o -> Eligibility.openingFit(o.doc(), student.get().doc()).isEmpty()));
        return fits ? new RoundAccess(caller, Kind.STUDENT, Set.of(), student) : new RoundAccess(caller, Kind.NONE,
                Set.of(), Optional.empty());
    }

    /** 404 for a non-party. */
    RoundAccess visible() {
        if (kind == Kind.NONE) {
            throw notFound();
        }
        return this;
    }

    /** 404 for a non-party, 403 unless the caller is an operator. */
    void operator() {
        visible();
        if (kind != Kind.OPERATOR) {
            throw ProblemException.forbidden("Only an operator may do this to a round");
        }
    }

    /** The student's own ranking only: 404 for a non-party, 403 for anyone else (operators included). */
    void studentItself(String key) {
        visible();
        if (kind != Kind.STUDENT || !student.get().key().equals(key)) {
            throw ProblemException.forbidden("Only the student may rank openings for itself");
        }
    }

    /** An opening's ranking: its startup's owner or an operator. */
    void openingOwner(String key) {
        visible();
        if (kind != Kind.OPERATOR && !ownOpenings.contains(key)) {
            throw ProblemException.forbidden("Only the opening's startup may rank students for it");
        }
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No round visible to this account");
    }
}
