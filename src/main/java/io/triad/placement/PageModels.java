package io.triad.placement;

import io.triad.placement.Views.HistoryEntry;
import io.triad.placement.Views.VerdictItem;
import io.triad.web.OperationsFormats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the workflow's pages show, already formatted for the reader's language (the templates only lay it out). */
final class PageModels {
    private PageModels() {
    }

    record InvitationCard(String id, String opening, String startup, String student, String status, String message,
            String sent, String expires, String placement, boolean mayAnswer, boolean mayWithdraw) {
    }

    record Count(String status, long n, boolean current) {
    }

    record HistoryLine(String at, String by, String from, String to) {
        static List<HistoryLine> of(List<HistoryEntry> entries, Locale locale) {
            return entries.stream().map(h -> new HistoryLine(when(h.at(), locale), h.by().name(), h.from(), h.to()))
                    .toList();
        }
    }

    record ApplicationLine(String id, String placement, String program, String programName, String status,
            String amount, boolean expected, Long position, String reason, String applied, List<VerdictItem> verdict,
            List<HistoryLine> history, boolean mayWithdraw, boolean mayApprove, boolean mayRefuse, String opening,
            String startup, String student) {
    }

    record Choice(String key, String name, String amount) {
    }

    record PlacementCard(String id, String opening, String startup, String student, String status, String start,
            int weeks, String hours, String wage, String wages, String subsidies, String pending, String netCost,
            List<ApplicationLine> applications, List<HistoryLine> history, boolean mayCancel, List<Choice> choices,
            boolean mayApply) {
    }

    record UptakeCard(String capacity, long approved, long pending, long waitlisted, String placesLeft, String budget,
            String committed, String remaining, int placesPercent, int budgetPercent, String placesChart,
            String budgetChart) {
    }

    static String when(Instant at, Locale locale) {
        return at == null ? "" : OperationsFormats.date(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), locale);
    }
}
