package io.triad.placement;

import io.triad.matching.Amount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of WORKFLOW.md, as the API answers them (ids are UUID strings, the others keys). */
public final class Views {
    private Views() {
    }

    /** One state change: {@code from} is null when the thing was created. */
    public record HistoryEntry(Instant at, Actor by, String from, String to) {
    }

    /** One rule of the verdict recorded when applying: its id and whether it passed, never the values tested. */
    public record VerdictItem(String rule, boolean passed) {
    }

    public record InvitationView(String id, String opening, String startup, String student, InvitationStatus status,
            String message, Instant createdAt, LocalDate expiresOn, String placement, List<HistoryEntry> history) {
    }

    /**
     * A placement with the terms copied when it was accepted. {@code startup} and {@code student} are null once it is
     * an anonymous commitment; {@code subsidies} and {@code netCost} are null for a program administrator, who sees
     * only its own programs' applications. {@code history} is an addition to WORKFLOW.md's shape.
     */
    public record PlacementView(String id, String opening, String startup, String student, PlacementStatus status,
            LocalDate startDate, int weeks, BigDecimal hoursPerWeek, BigDecimal hourlyWage, Amount wages,
            Amount subsidies, Amount netCost, List<ApplicationView> applications, List<HistoryEntry> history,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            UUID round) {
    }

    public record ApplicationView(String id, String placement, String program, ApplicationStatus status,
            Instant appliedAt, Amount amount, Long waitlistPosition, String reason, List<VerdictItem> verdict,
            List<HistoryEntry> history) {
    }

    public record Uptake(String program, Integer capacity, long approved, long pending, long waitlisted,
            Long placesLeft, Amount budget, Amount committed, Amount remaining) {
    }
}
