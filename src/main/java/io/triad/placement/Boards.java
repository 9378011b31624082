package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.Role;
import io.triad.matching.Amount;
import io.triad.placement.PageModels.ApplicationLine;
import io.triad.placement.PageModels.Choice;
import io.triad.placement.PageModels.HistoryLine;
import io.triad.placement.PageModels.Names;
import io.triad.placement.PageModels.PlacementCard;
import io.triad.placement.Views.ApplicationView;
import io.triad.placement.Views.PlacementView;
import io.triad.web.OperationsFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The pages' reads: the API's views of the caller, with names, quotes and what the caller may do on each. */
@ApplicationScoped
class Boards {
    private static final int ALL = 1000;

    private final Sql sql;
    private final Docs docs;
    private final Ledger ledger;
    private final PlacementService placements;
    private final ApplicationService applications;

    Boards(Sql sql, Docs docs, Ledger ledger, PlacementService placements,
            ApplicationService applications) {
        this.sql = sql;
        this.docs = docs;
        this.ledger = ledger;
        this.placements = placements;
        this.applications = applications;
    }

    @Transactional
    List<PlacementCard> placements(Account caller, Locale locale) {
        List<PlacementView> all = placements.list(null, null, null, ALL, 0, caller).items();
        Map<String, String> names = names(all.stream().flatMap(p -> p.applications().stream())
                .map(ApplicationView::program).toList(), locale);
        Map<String, Names> who = parties(all);
        return all.stream().map(p -> card(p, who.get(p.id()), names, List.of(), caller, locale)).toList();
    }

    @Transactional
    PlacementCard placement(String id, Account caller, Locale locale) {
        PlacementView view = placements.get(id, caller);
        List<Choice> choices = caller.role == Role.STARTUP || caller.role == Role.OPERATOR
                ? choices(placements.find(UUID.fromString(view.id())), view, locale) : List.of();
        Map<String, String> names = names(view.applications().stream().map(ApplicationView::program).toList(), locale);
        return card(view, parties(List.of(view)).get(view.id()), names, choices, caller, locale);
    }

    /** Published placement programs the placement may apply for and has no live or refused application to. */
    private List<Choice> choices(PlacementRow placement, PlacementView view, Locale locale) {
        List<String> taken = view.applications().stream().filter(a -> a.status() != ApplicationStatus.WITHDRAWN)
                .map(ApplicationView::program).toList();
        List<Choice> out = new ArrayList<>();
        for (long id : sql.list("select id from program where status = 'PUBLISHED' and scope = 'PLACEMENT' "
                + "order by name, key", rs -> rs.getLong(1))) {
            ProgramDoc program = docs.program(id);
            if (!taken.contains(program.key()) && applications.mayApply(placement, program)) {
                Amount quote = ledger.amount(program, placement);
                out.add(new Choice(program.key(), program.nameFor(locale),
                        quote == null ? "" : money(quote, locale)));
            }
        }
        return out;
    }

    private PlacementCard card(PlacementView p, Names who, Map<String, String> names, List<Choice> choices,
            Account caller, Locale locale) {
        boolean founder = caller.role == Role.STARTUP || caller.role == Role.OPERATOR;
        boolean decides = caller.role == Role.PROGRAM_ADMIN || caller.role == Role.OPERATOR;
        boolean active = p.status() == PlacementStatus.ACTIVE;
        BigDecimal pending = BigDecimal.ZERO;
        List<ApplicationLine> lines = new ArrayList<>();
        for (ApplicationView a : p.applications()) {
            boolean waiting = a.status() == ApplicationStatus.PENDING || a.status() == ApplicationStatus.WAITLISTED;
            Amount amount = a.amount() != null || !waiting ? a.amount() : quote(a, p);
            if (waiting && amount != null) {
                pending = pending.add(amount.value());
            }
            lines.add(line(a, names, amount, founder, decides, p, locale));
        }
        String currency = p.wages().currency();
        return new PlacementCard(p.id(), who.opening(), who.startup(), who.student(), p.status().name(),
                OperationsFormats.date(p.startDate(), locale), p.weeks(), p.hoursPerWeek().stripTrailingZeros()
                .toPlainString(), money(new Amount(p.hourlyWage(), currency), locale),
                money(p.wages(), locale), money(p.subsidies(), locale),
                money(new Amount(pending, currency), locale), money(p.netCost(), locale), lines,
                HistoryLine.of(p.history(), locale), active && caller.role != Role.PROGRAM_ADMIN, choices,
                founder && active);
    }

    private ApplicationLine line(ApplicationView a, Map<String, String> names, Amount amount, boolean founder,
            boolean decides, PlacementView p, Locale locale) {
        boolean live = ApplicationStatus.LIVE.contains(a.status());
        boolean waiting = a.status() == ApplicationStatus.PENDING || a.status() == ApplicationStatus.WAITLISTED;
        return new ApplicationLine(a.id(), a.placement(), a.program(), names.getOrDefault(a.program(), a.program()),
                a.status().name(), amount == null ? "" : money(amount, locale),
                a.amount() == null && amount != null, a.waitlistPosition(), a.reason(),
                PageModels.when(a.appliedAt(), locale), a.verdict(), HistoryLine.of(a.history(), locale),
                founder && live, decides && a.status() == ApplicationStatus.PENDING, decides && waiting,
                p.opening(), p.startup(), p.student());
    }

    /** What a pending application would be paid, under the same privacy as the recorded amount. */
    private Amount quote(ApplicationView a, PlacementView p) {
        Long id = sql.one("select id from program where key = ?", rs -> rs.getLong(1), a.program()).orElse(null);
        return id == null ? null : ledger.amount(docs.program(id), placements.find(UUID.fromString(p.id())));
    }

    /** Each placement's opening, startup and student as people read them, by id; null for an erased party. */
    private Map<String, Names> parties(List<PlacementView> views) {
        Map<String, Names> out = new HashMap<>();
        sql.list("""
                select p.id, o.doc->>'title', s.name, t.name from placement p left join opening o on o.id = p.opening_id
                left join startup s on s.id = p.startup_id left join student t on t.id = p.student_id
                where p.id = any(?)""", rs -> out.put(Sql.uuid(rs, "id").toString(), new Names(rs.getString(2),
                rs.getString(3), rs.getString(4))),
                (Object) views.stream().map(v -> UUID.fromString(v.id())).toArray(UUID[]::new));
        return out;
    }

    /** Program names by key, the French one on French pages when a program has one. */
    Map<String, String> names(Collection<String> keys, Locale locale) {
        Map<String, String> out = new HashMap<>();
        if (!keys.isEmpty()) {
            sql.list("select key, name, doc->>'nameFr' from program where key = any(?)", rs -> out.put(rs.getString(1),
                    ProgramDoc.localized(locale.getLanguage(), rs.getString(2), rs.getString(3))),
                    (Object) keys.toArray(String[]::new));
        }
        return out;
    }

    static String money(Amount amount, Locale locale) {
        return amount == null ? "" : OperationsFormats.money(amount.value(), amount.currency(), true, locale);
    }
}
