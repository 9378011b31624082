package io.triad.placement;

import io.triad.people.PeopleViews;
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

    /** {@code funding}: for the invited student, the programs that would fund the placement, and their total. */
    record InvitationCard(String id, String opening, String startup, String student, Names names, String status,
            String message, String sent, String expires, String placement, boolean mayAnswer, boolean mayWithdraw,
            List<PeopleViews.Funding> funding, String total) {
    }

    /** What people read instead of keys; a key stands in for a name that is gone. */
    record Names(String opening, String startup, String student) {
    }

    /** A founder's pipeline for one opening: its invitations by status. */
    record OpeningPipeline(String opening, String title, String startup, List<Count> counts) {
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

    static String when(Instant at, Locale locale) {
        return at == null ? "" : OperationsFormats.date(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), locale);
    }
}
