package io.triad.startup;

import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.db.Sql;
import io.triad.domain.Role;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may see an opening's ranked students, read in one query of two keys and an owner: the rankings' pages are asked
 * over and over, and loading the startup and opening entities for this parsed both documents (the startup's with all
 * its openings) on every request. The same answers as {@link StartupEditor#founders} and
 * {@link StartupEditor#openingOf}: 404 for an unknown startup or opening, 403 for another account's.
 */
@ApplicationScoped
class OpeningOwners {
    private static final String OF_OPENING = """
            select s.owner_id from opening o join startup s on s.id = o.startup_id where o.key = ?""";
    private static final String OF_STARTUP = """
            select s.owner_id, o.id as opening from startup s left join opening o on o.startup_id = s.id and o.key = ?
            where s.key = ?""";

    /** A startup's owner ({@code null} for none) and whether the opening asked for is one of its own. */
    record Row(Long owner, boolean opening) {
    }

    private final Sql sql;

    OpeningOwners(Sql sql) {
        this.sql = sql;
    }

    /** For the API: 404 unless the opening exists, 403 unless the caller may change its startup. */
    void requireOpening(String openingKey, Account caller) {
        Row row = sql.readOne(OF_OPENING, rs -> new Row(Sql.longOrNull(rs, "owner_id"), true), openingKey)
                .orElseThrow(() -> ProblemException.notFound("No opening '" + openingKey + "'"));
        Ownership.requireChangeById(caller, row.owner(), "This opening");
    }

    /** For the founders' pages: a startup account or an operator, the startup's, and one of its openings. */
    void requireFounders(String startupKey, String openingKey, Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
        requireFounders(sql.readOne(OF_STARTUP, rs -> new Row(Sql.longOrNull(rs, "owner_id"),
                Sql.longOrNull(rs, "opening") != null), openingKey, startupKey), startupKey, openingKey, caller);
    }

    /** As {@link #requireFounders(String, String, Account)} on the row already read: empty for an unknown startup. */
    static void requireFounders(Optional<Row> read, String startupKey, String openingKey, Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
        Row row = read.orElseThrow(() -> ProblemException.notFound("No startup '" + startupKey + "'"));
        Ownership.requireChangeById(caller, row.owner(), "This startup");
        if (!row.opening()) {
            throw ProblemException.notFound("No opening '" + openingKey + "' at this startup");
        }
    }
}
