package io.triad.round;

import io.triad.db.Sql;
import io.triad.domain.ProgramDoc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a round's pages call openings, students and programs: an opening's title and its startup's name, a student's
 * name, a program's name (its French name on a French page when it has one). Keys stay in URLs, form fields and the
 * API; people read names.
 */
@ApplicationScoped
class RoundNames {
    /** Names by key; a key without a row (an erased party) reads as a dash, never as the key. */
    record Names(Map<String, String> openings, Map<String, String> students, Map<String, String> programs) {
        public String opening(String key) {
            return openings.getOrDefault(key, "—");
        }

        public String student(String key) {
            return students.getOrDefault(key, "—");
        }

        public String program(String key) {
            return programs.getOrDefault(key, "—");
        }
    }

    private final Sql sql;

    RoundNames(Sql sql) {
        this.sql = sql;
    }

    /**
     * The round's openings and programs, and the named students (only those the caller may already see); programs
     * named in the page's {@code lang}.
     */
    Names of(java.util.UUID round, Collection<String> students, String lang) {
        Map<String, String> openings = new HashMap<>();
        sql.list("""
                select o.key, o.doc->>'title', s.name from round_opening r join opening o on o.id = r.opening_id
                join startup s on s.id = o.startup_id where r.round_id = ?""",
                rs -> openings.put(rs.getString(1), rs.getString(2) + " (" + rs.getString(3) + ")"), round);
        Map<String, String> programs = new HashMap<>();
        sql.list("select g.key, g.name, g.doc->>'nameFr' from round_program r join program g on g.id = r.program_id "
                + "where r.round_id = ?", rs -> programs.put(rs.getString(1),
                        ProgramDoc.localized(lang, rs.getString(2), rs.getString(3))), round);
        Map<String, String> people = new HashMap<>();
        if (!students.isEmpty()) {
            sql.list("select key, name from student where key = any(?)", rs -> people.put(rs.getString(1),
                    rs.getString(2)), (Object) students.toArray(String[]::new));
        }
        return new Names(openings, people, programs);
    }
}
