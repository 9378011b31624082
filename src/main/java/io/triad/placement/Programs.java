package io.triad.placement;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Programs as the workflow looks them up by key: who may see one, who administers one. */
@ApplicationScoped
class Programs {
    record At(long id, String key, Long owner, ProgramDoc doc) {
    }

    private final Sql sql;
    private final ObjectMapper json;

    Programs(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Published programs to anyone; the others to their administrator and operators (API.md). */
    Optional<At> visible(String key, Account caller) {
        return find(key).filter(p -> p.doc().status() == ProgramStatus.PUBLISHED || administers(caller, p));
    }

    /** A program the caller administers (or any, for an operator). */
    Optional<At> administered(String key, Account caller) {
        return find(key).filter(p -> administers(caller, p));
    }

    private static boolean administers(Account caller, At program) {
        return caller.role == Role.OPERATOR || caller.id.equals(program.owner());
    }

    /** Any program by key (the system's own lookups: a round's programs). */
    Optional<At> byKey(String key) {
        return find(key);
    }

    private Optional<At> find(String key) {
        return sql.one("select id, key, owner_id, doc::text from program where key = ?", rs -> new At(rs.getLong(1),
                rs.getString(2), Sql.longOrNull(rs, "owner_id"), read(rs.getString(4))), key);
    }

    private ProgramDoc read(String text) {
        try {
            return json.readValue(text, ProgramDoc.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored program could not be read", e);
        }
    }
}
