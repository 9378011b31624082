package io.triad.program.admin;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.domain.validation.DocumentValidator;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.program.ProgramEntity;
import io.triad.program.ProgramService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The administrator pages' reads and writes, with the API's rules: PROGRAM_ADMIN accounts and operators only; a
 * program another account owns is 404 when the caller may not even see it (a draft) and 403 otherwise; new programs
 * belong to their PROGRAM_ADMIN creator (an operator's have no owner, as through the API).
 */
@ApplicationScoped
class AdminPrograms {
    private final ProgramService programs;
    private final DocumentValidator validator;
    private final SearchIndex index;

    private final EntityManager em;

    AdminPrograms(ProgramService programs, DocumentValidator validator, SearchIndex index, EntityManager em) {
        this.em = em;
        this.programs = programs;
        this.validator = validator;
        this.index = index;
    }

    /** A program with its best placements on a day. */
    /** {@code names}: what people call the openings ("title at startup") and students the page lists, by key. */
    record Placements(ProgramDoc doc, Page<Placement> page, Map<String, String> openings, Map<String, String> students) {
    }

    /** 403 unless the caller is a program administrator or an operator. */
    void requireAdmin(Account caller) {
        Ownership.requireRole(caller, Role.PROGRAM_ADMIN);
    }

    /** Every status; an operator sees every program. */
    @Transactional
    List<ProgramDoc> listFor(Account caller) {
        requireAdmin(caller);
        List<ProgramEntity> found = caller.role == Role.OPERATOR
                ? ProgramEntity.list("order by name, key")
                : ProgramEntity.list("owner.id = ?1 order by name, key", caller.id);
        return found.stream().map(p -> p.doc).toList();
    }

    /** A program the caller may change. */
    @Transactional
    ProgramDoc changeable(String key, Account caller) {
        requireAdmin(caller);
        return programs.changeable(key, caller).doc;
    }

    /** A new program from the rule builder's document; a key in use is a violation of the form. */
    @Transactional
    void create(JsonNode body, Account caller) {
        requireAdmin(caller);
        ProgramDoc doc = validator.program(body);
        if (programs.createIfAbsent(doc, Ownership.owner(null, Optional.empty(), caller, Role.PROGRAM_ADMIN)).isEmpty()) {
            throw InvalidInput.of("key", ViolationCode.KEY_TAKEN);
        }
    }

    /** The program replaced by the rule builder's document (whose key is {@code key}). */
    @Transactional
    void update(String key, JsonNode body, Account caller) {
        requireAdmin(caller);
        ProgramEntity program = programs.lockChangeable(key, caller);
        ProgramDoc doc = validator.program(body);
        programs.save(doc, Ownership.owner(null, Optional.of(program), caller, Role.PROGRAM_ADMIN));
    }

    @Transactional
    void setStatus(String key, ProgramStatus status, Account caller) {
        requireAdmin(caller);
        ProgramEntity program = programs.lockChangeable(key, caller);
        programs.save(program.doc.withStatus(status), program.owner);
    }

    @Transactional
    void delete(String key, Account caller) {
        requireAdmin(caller);
        programs.delete(programs.lockChangeable(key, caller));
    }

    /** Ranked (opening, student) pairs the program would fund on {@code day}; drafts too, as a preview. */
    @Transactional
    Placements placements(String key, LocalDate day, int limit, Account caller) {
        ProgramDoc doc = changeable(key, caller);
        Page<Placement> page = index.engine().forProgram(key, day, limit, caller.role == Role.OPERATOR);
        Map<String, String> openings = new HashMap<>();
        Map<String, String> students = new HashMap<>();
        if (!page.items().isEmpty()) {
            String[] openingKeys = page.items().stream().map(Placement::opening).distinct().toArray(String[]::new);
            String[] studentKeys = page.items().stream().map(Placement::student).distinct().toArray(String[]::new);
            for (Object row : em.createNativeQuery("""
                    select o.key, o.doc->>'title', s.name from opening o join startup s on s.id = o.startup_id
                    where o.key = any(cast(?1 as text[]))""").setParameter(1, openingKeys).getResultList()) {
                Object[] r = (Object[]) row;
                openings.put((String) r[0], r[1] + " · " + r[2]);
            }
            for (Object row : em.createNativeQuery("select key, name from student where key = any(cast(?1 as text[]))")
                    .setParameter(1, studentKeys).getResultList()) {
                Object[] r = (Object[]) row;
                students.put((String) r[0], (String) r[1]);
            }
        }
        return new Placements(doc, page, openings, students);
    }
}
