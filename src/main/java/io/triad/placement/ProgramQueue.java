package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.matching.Amount;
import io.triad.placement.Views.ApplicationView;
import io.triad.placement.Views.Uptake;
import io.triad.web.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a program's administrator sees of its program: the applications queue, oldest first, and the uptake. */
@ApplicationScoped
class ProgramQueue {
    private final Sql sql;
    private final Programs programs;
    private final Presenter presenter;

    ProgramQueue(Sql sql, Programs programs, Presenter presenter) {
        this.sql = sql;
        this.programs = programs;
        this.presenter = presenter;
    }

    @Transactional
    ListPage<ApplicationView> applications(String key, ApplicationStatus status, int limit, int page, Account caller) {
        Programs.At program = administered(key, caller);
        List<Object> params = new ArrayList<>(List.of(program.id()));
        String where = " where a.program_id = ?";
        if (status != null) {
            where += " and a.status = ?";
            params.add(status.name());
        }
        long total = sql.count("select count(*) from application a" + where, params.toArray());
        params.add(limit);
        params.add((long) page * limit);
        return new ListPage<>(presenter.applications(sql.list(ApplicationRow.SELECT + where
                + " order by a.applied_at, a.id limit ? offset ?", ApplicationRow::of, params.toArray())), total);
    }

    @Transactional
    Uptake uptake(String key, Account caller) {
        Programs.At program = administered(key, caller);
        ProgramDoc doc = program.doc();
        Map<String, Long> counts = new HashMap<>();
        BigDecimal[] approvedSum = {BigDecimal.ZERO};
        // one round trip: the approved row's sum is Ledger.totals' committed amount, its count the approved count
        sql.list("select status, count(*), coalesce(sum(amount), 0) from application where program_id = ? "
                + "group by status", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                    if ("APPROVED".equals(rs.getString(1))) {
                        approvedSum[0] = rs.getBigDecimal(3);
                    }
                    return null;
                }, program.id());
        return uptake(program.key(), doc, counts, approvedSum[0]);
    }

    /** A program's uptake from its applications' counts by status and the approved ones' summed amount. */
    static Uptake uptake(String key, ProgramDoc doc, Map<String, Long> counts, BigDecimal approvedSum) {
        Ledger.Totals totals = new Ledger.Totals(counts.getOrDefault("APPROVED", 0L), approvedSum);
        String currency = doc.funding() == null ? null : doc.funding().currency();
        BigDecimal budget = Ledger.budget(doc);
        Integer capacity = doc.capacity();
        return new Uptake(key, capacity, totals.approved(), counts.getOrDefault("PENDING", 0L),
                counts.getOrDefault("WAITLISTED", 0L),
                capacity == null ? null : Math.max(0, capacity - totals.approved()),
                budget == null ? null : new Amount(budget, currency), new Amount(totals.committed(), currency),
                budget == null ? null : new Amount(budget.subtract(totals.committed()).max(BigDecimal.ZERO), currency));
    }

    /** Its administrator's program (any for an operator); everyone else gets 404, drafts and published alike. */
    private Programs.At administered(String key, Account caller) {
        return programs.administered(key, caller).orElseThrow(() -> Parties.notFound("program '" + key + "'"));
    }
}
