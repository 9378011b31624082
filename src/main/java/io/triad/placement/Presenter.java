package io.triad.placement;

import io.triad.db.Sql;
import io.triad.account.Account;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import io.triad.matching.Amount;
import io.triad.placement.History.Of;
import io.triad.placement.Views.ApplicationView;
import io.triad.placement.Views.HistoryEntry;
import io.triad.placement.Views.InvitationView;
import io.triad.placement.Views.PlacementView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Rows into WORKFLOW.md's shapes, with their history, as the viewer may see them; a page of rows at a time. */
@ApplicationScoped
class Presenter {
    private final Sql sql;
    private final History history;
    private final Docs docs;
    private final TriadConfig config;

    Presenter(Sql sql, History history, Docs docs, TriadConfig config) {
        this.sql = sql;
        this.history = history;
        this.docs = docs;
        this.config = config;
    }

    List<InvitationView> invitations(List<InvitationRow> rows) {
        LocalDate today = config.today();
        Map<UUID, List<HistoryEntry>> entries = history.of(Of.INVITATION, rows.stream().map(InvitationRow::id).toList());
        return rows.stream().map(i -> new InvitationView(i.id().toString(), i.opening(), i.startup(), i.student(),
                i.status(today), i.message(), i.createdAt(), i.startDate(), text(i.placement()),
                entries.getOrDefault(i.id(), List.of()))).toList();
    }

    InvitationView invitation(InvitationRow row) {
        return invitations(List.of(row)).get(0);
    }

    /**
     * A program administrator sees only its own programs' applications, and neither subsidies nor net cost; the
     * others see everything.
     */
    List<PlacementView> placements(List<PlacementRow> rows, Account viewer) {
        List<UUID> ids = rows.stream().map(PlacementRow::id).toList();
        Map<UUID, List<ApplicationRow>> byPlacement = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.list(ApplicationRow.SELECT + " where a.placement_id = any(?) order by a.applied_at, a.id",
                    ApplicationRow::of, (Object) ids.toArray(UUID[]::new))
                    .forEach(a -> byPlacement.computeIfAbsent(a.placementId(), k -> new java.util.ArrayList<>()).add(a));
        }
        Map<UUID, List<HistoryEntry>> entries = history.of(Of.PLACEMENT, ids);
        boolean administrator = viewer.role == Role.PROGRAM_ADMIN;
        List<ApplicationRow> shown = byPlacement.values().stream().flatMap(List::stream)
                .filter(a -> !administrator || Objects.equals(a.programOwner(), viewer.id)).toList();
        Map<UUID, ApplicationView> views = new HashMap<>();
        applications(shown).forEach(v -> views.put(UUID.fromString(v.id()), v));
        return rows.stream().map(p -> {
            List<ApplicationRow> all = byPlacement.getOrDefault(p.id(), List.of());
            List<ApplicationView> visible = all.stream().filter(a -> views.containsKey(a.id()))
                    .map(a -> views.get(a.id())).toList();
            BigDecimal subsidies = all.stream().filter(a -> a.status() == ApplicationStatus.APPROVED)
                    .map(a -> a.amount() == null ? BigDecimal.ZERO : a.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Amount wages = new Amount(p.wages(), p.currency());
            return new PlacementView(p.id().toString(), p.opening(), p.startup(), p.student(), p.status(), p.startDate(),
                    p.weeks(), p.hoursPerWeek(), p.hourlyWage(), wages,
                    administrator ? null : new Amount(subsidies, p.currency()),
                    administrator ? null : new Amount(wages.value().subtract(subsidies), p.currency()), visible,
                    entries.getOrDefault(p.id(), List.of()), p.round());
        }).toList();
    }

    PlacementView placement(PlacementRow row, Account viewer) {
        return placements(List.of(row), viewer).get(0);
    }

    List<ApplicationView> applications(List<ApplicationRow> rows) {
        Map<UUID, List<HistoryEntry>> entries = history.of(Of.APPLICATION, rows.stream().map(ApplicationRow::id).toList());
        return rows.stream().map(a -> new ApplicationView(a.id().toString(), a.placementId().toString(), a.program(),
                a.status(), a.appliedAt(), a.amount() == null ? null : new Amount(a.amount(), a.currency()),
                a.waitlistPosition(), a.reason(), docs.verdict(a.verdict()), entries.getOrDefault(a.id(), List.of())))
                .toList();
    }

    ApplicationView application(ApplicationRow row) {
        return applications(List.of(row)).get(0);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
