package io.triad.placement;

import io.triad.db.Sql;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import io.triad.importing.ImportWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An import writes programs and startups in bulk SQL, past the services' checks; once its rows are written (still in
 * its transaction, the rows it changed locked by it) the workflow holds it to the same rules: a program's currency
 * stays while it has approved applications and positions never drop below active placements (violations: the whole
 * import is rolled back); placements whose opening the import left out end; programs release their waitlists where
 * a raised capacity or budget makes room.
 */
@ApplicationScoped
class ImportGuard {
    private final Sql sql;
    private final Ledger ledger;
    private final Endings endings;

    ImportGuard(Sql sql, Ledger ledger, Endings endings) {
        this.sql = sql;
        this.ledger = ledger;
        this.endings = endings;
    }

    @Transactional(TxType.MANDATORY)
    void onImportWritten(@Observes ImportWritten written) {
        List<Violation> violations = new ArrayList<>();
        if (!written.programs().isEmpty()) {
            sql.list("""
                    select g.key, min(p.currency) from program g join application a on a.program_id = g.id
                    join placement p on p.id = a.placement_id
                    where g.key = any(?) and a.status = 'APPROVED' and p.currency <> g.doc->'funding'->>'currency'
                    group by g.key""", rs -> violations.add(Violation.of(written.programs().get(rs.getString(1))
                    + ".funding.currency", ViolationCode.CURRENCY_LOCKED, rs.getString(2))),
                    (Object) written.programs().keySet().toArray(String[]::new));
        }
        if (!written.openings().isEmpty()) {
            sql.list("""
                    select o.key, count(*) from opening o join placement p on p.opening_id = o.id and p.status = 'ACTIVE'
                    where o.key = any(?) group by o.key, o.doc
                    having count(*) > coalesce((o.doc->>'positions')::int, 1)""",
                    rs -> violations.add(Violation.of(written.openings().get(rs.getString(1)) + ".positions",
                            ViolationCode.POSITIONS_BELOW_PLACEMENTS, rs.getLong(2))),
                    (Object) written.openings().keySet().toArray(String[]::new));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (!written.startups().isEmpty()) {
            List<UUID> orphans = sql.list("select p.id from placement p join startup s on s.id = p.startup_id "
                    + "where s.key = any(?) and p.opening_id is null", rs -> Sql.uuid(rs, "id"),
                    (Object) written.startups().keySet().toArray(String[]::new));
            endings.remove(orphans);
        }
        if (!written.programs().isEmpty()) {
            ledger.releaseAll(sql.list("select distinct a.program_id from application a join program g on "
                    + "g.id = a.program_id where g.key = any(?) and a.status = 'WAITLISTED'", rs -> rs.getLong(1),
                    (Object) written.programs().keySet().toArray(String[]::new)));
        }
    }
}
