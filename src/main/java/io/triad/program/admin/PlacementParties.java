package io.triad.program.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Placement;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The opening and the student of a program's best placements, for its administrator (and operators): only those the
 * program's own list names on that day, so the pages answer nothing the list does not already say (API.md Privacy:
 * the list is computed as if birth date, work status and groups did not exist, and the student page shows none of
 * them). Anyone else's program is 403 or 404 as on the other administrator pages; a party not in the list is 404.
 */
@ApplicationScoped
class PlacementParties {
    /** As many as the best-placements page lists, so every link of that page opens. */
    static final int LISTED = 50;

    private final AdminPrograms admin;
    private final SearchIndex index;
    private final EntityManager em;
    private final ObjectMapper json;

    PlacementParties(AdminPrograms admin, SearchIndex index, EntityManager em, ObjectMapper json) {
        this.admin = admin;
        this.index = index;
        this.em = em;
        this.json = json;
    }

    /** An opening and the name of its startup. */
    record OpeningOf(ProgramDoc program, OpeningDoc opening, String startup) {
    }

    /** A student's profile; the caller must show only its redacted view ({@link StudentView}). */
    record StudentOf(ProgramDoc program, StudentDoc student) {
    }

    @Transactional
    OpeningOf opening(String key, String opening, LocalDate day, Account caller) {
        ProgramDoc program = listed(key, day, caller, p -> p.opening().equals(opening), "No opening '" + opening + "'");
        Object[] row = (Object[]) em.createNativeQuery("""
                select o.doc::text, s.name from opening o join startup s on s.id = o.startup_id where o.key = ?1""")
                .setParameter(1, opening).getSingleResult();
        return new OpeningOf(program, read((String) row[0], OpeningDoc.class), (String) row[1]);
    }

    @Transactional
    StudentOf student(String key, String student, LocalDate day, Account caller) {
        ProgramDoc program = listed(key, day, caller, p -> p.student().equals(student), "No student '" + student + "'");
        String doc = (String) em.createNativeQuery("select doc::text from student where key = ?1")
                .setParameter(1, student).getSingleResult();
        return new StudentOf(program, read(doc, StudentDoc.class));
    }

    private ProgramDoc listed(String key, LocalDate day, Account caller, Predicate<Placement> party, String unknown) {
        ProgramDoc program = admin.changeable(key, caller);
        List<Placement> list = index.engine().forProgram(key, day, LISTED, caller.role == Role.OPERATOR).items();
        if (list.stream().noneMatch(party)) {
            throw ProblemException.notFound(unknown);
        }
        return program;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored document no longer reads as " + type.getSimpleName(), e);
        }
    }
}
