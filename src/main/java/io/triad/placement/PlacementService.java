package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.placement.Views.PlacementView;
import io.triad.web.ListPage;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** WORKFLOW.md's placements: the ones a caller is party to, one placement, and cancelling before the start date. */
@ApplicationScoped
class PlacementService {
    /** The placement is one of the caller's: startup owner, student, or administrator of a program it applied to. */
    private static final String PARTY = """
             (? or s.owner_id = ? or t.owner_id = ? or exists (select 1 from application a
               join program g on g.id = a.program_id where a.placement_id = p.id and g.owner_id = ?))""";

    private final Sql sql;
    private final Ledger ledger;
    private final Endings endings;
    private final Presenter presenter;
    private final TriadConfig config;

    PlacementService(Sql sql, Ledger ledger, Endings endings, Presenter presenter, TriadConfig config) {
        this.sql = sql;
        this.ledger = ledger;
        this.endings = endings;
        this.presenter = presenter;
        this.config = config;
    }

    /** Placements of the caller, oldest first; {@code opening}, {@code program} (applied to) and status filter. */
    @Transactional
    ListPage<PlacementView> list(String opening, String program, PlacementStatus status, int limit, int page,
            Account caller) {
        List<Object> params = new ArrayList<>(List.of(caller.role == Role.OPERATOR, caller.id, caller.id, caller.id));
        StringBuilder where = new StringBuilder(" where").append(PARTY);
        if (opening != null && !opening.isBlank()) {
            where.append(" and o.key = ?");
            params.add(opening.trim());
        }
        if (program != null && !program.isBlank()) {
            where.append(" and exists (select 1 from application a join program g on g.id = a.program_id "
                    + "where a.placement_id = p.id and g.key = ?)");
            params.add(program.trim());
        }
        if (status != null) {
            where.append(" and p.status = ?");
            params.add(status.name());
        }
        long total = sql.count("select count(*) from (" + PlacementRow.SELECT + where + ") x", params.toArray());
        params.add(limit);
        params.add((long) page * limit);
        List<PlacementRow> rows = sql.list(PlacementRow.SELECT + where + " order by p.created_at, p.id limit ? offset ?",
                PlacementRow::of, params.toArray());
        return new ListPage<>(presenter.placements(rows, caller), total);
    }

    @Transactional
    PlacementView get(String rawId, Account caller) {
        PlacementRow placement = find(Requests.id(rawId, "placement"));
        Parties.require(caller, party(caller, placement), Parties.ANY, "placement");
        return presenter.placement(placement, caller);
    }

    /** Either party cancels before the start date; its live applications are withdrawn and their room released. */
    @Transactional
    PlacementView cancel(String rawId, Account caller) {
        PlacementRow placement = find(Requests.id(rawId, "placement"));
        Actor by = Parties.require(caller, party(caller, placement), Parties.FOUNDER_OR_STUDENT, "placement");
        PlacementRow locked = ledger.lockPlacement(placement.id()).orElseThrow(() -> Parties.notFound("placement"));
        if (locked.status() != PlacementStatus.ACTIVE) {
            throw ProblemException.conflict("This placement is already cancelled");
        }
        if (locked.started(config.today())) {
            throw ProblemException.conflict("This placement started on " + locked.startDate() + ": it can no longer be "
                    + "cancelled");
        }
        endings.cancel(locked, by);
        return presenter.placement(find(placement.id()), caller);
    }

    PlacementRow find(UUID id) {
        return sql.one(PlacementRow.SELECT + " where p.id = ?", PlacementRow::of, id)
                .orElseThrow(() -> Parties.notFound("placement"));
    }

    /** Who the caller is to the placement; administrators of the programs it applied to are parties. */
    Parties.Party party(Account caller, PlacementRow placement) {
        List<Long> owners = sql.list("select distinct g.owner_id from application a join program g on g.id = a.program_id "
                + "where a.placement_id = ? and g.owner_id is not null", rs -> rs.getLong(1), placement.id());
        return Parties.of(caller, placement, owners);
    }
}
