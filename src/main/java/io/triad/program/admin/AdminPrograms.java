package io.triad.program.admin;

import io.triad.domain.validation.InvalidInput;
import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;

import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.web.ProblemException;
import io.triad.domain.validation.ViolationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The administrator pages' reads and writes, with the API's rules: a program another account owns is 404
 * when the caller may not even see it (a draft) and 403 otherwise; new programs belong to their PROGRAM_ADMIN
 * creator (an operator's have no owner, as through the API).
 */
@ApplicationScoped
class AdminPrograms {
    private final ProgramService programs;

    AdminPrograms(ProgramService programs) {
        this.programs = programs;
    }

    /** A program the caller may change, with its owner. */
    record Owned(ProgramDoc doc, Account owner) {
    }

    /** Every status; an operator sees every program. */
    @Transactional
    List<ProgramDoc> listFor(Account caller) {
        List<ProgramEntity> found = caller.role == Role.OPERATOR
                ? ProgramEntity.list("order by name, key")
                : ProgramEntity.list("owner.id = ?1 order by name, key", caller.id);
        return found.stream().map(p -> p.doc).toList();
    }

    @Transactional
    Owned changeable(String key, Account caller) {
        ProgramEntity program = programs.visible(key, Optional.of(caller))
                .orElseThrow(() -> ProblemException.notFound("No program '" + key + "'"));
        Ownership.requireChange(caller, program.owner, "This program");
        return new Owned(program.doc, program.owner);
    }

    @Transactional
    void create(ProgramDoc doc, Account caller) {
        if (ProgramEntity.byKey(doc.key()).isPresent()) {
            throw InvalidInput.of("key", ViolationCode.KEY_TAKEN);
        }
        programs.save(doc, Ownership.ownerOfNew(caller, Role.PROGRAM_ADMIN));
    }

    @Transactional
    void update(String key, ProgramDoc doc, Account caller) {
        programs.save(doc, changeable(key, caller).owner());
    }

    @Transactional
    void setStatus(String key, ProgramStatus status, Account caller) {
        Owned program = changeable(key, caller);
        programs.save(program.doc().withStatus(status), program.owner());
    }

    @Transactional
    void delete(String key, Account caller) {
        changeable(key, caller);
        ProgramEntity.byKey(key).ifPresent(programs::delete);
    }
}
