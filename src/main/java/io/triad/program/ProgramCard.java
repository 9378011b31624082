package io.triad.program;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramDoc.Funding;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A program as the pages show it, every value already in the reader's language. {@code lang} is the language of
 * the name shown when it differs from the page's, {@code summaryLang} the summary's, so screen readers switch voices.
 */
public record ProgramCard(String key, String name, String agency, String lang, String kind, String scope,
        String status, String statusLabel, List<String> regions, String summary, String excerpt,
        List<String> intake, String funding, String url, String intakeStatus, String intakeLabel, String deadline,
        LocalDate deadlineOn, String summaryLang) {

    private static final int EXCERPT = 220;

    /** As {@link #of(ProgramDoc, ProgramWording, String, LocalDate)}, without the intake badge. */
    public static ProgramCard of(ProgramDoc p, ProgramWording w, String pageLang) {
        return of(p, w, pageLang, null);
    }

    /** The card, with where its intake stands on {@code today} (upcoming, open, closing soon, closed) as a badge. */
    public static ProgramCard of(ProgramDoc p, ProgramWording w, String pageLang, LocalDate today) {
        ProgramMessages m = w.m();
        List<String> intake = new ArrayList<>();
        if (p.intake().opens() != null) {
            intake.add(m.card_opens(w.date(p.intake().opens())));
        }
        if (p.intake().deadline() != null) {
            intake.add(m.card_deadline(w.date(p.intake().deadline())));
        }
        if (intake.isEmpty()) {
            intake.add(m.card_ongoing());
        }
        String summary = p.summaryIn(pageLang) == null ? "" : p.summaryIn(pageLang);
        return new ProgramCard(p.key(), p.nameIn(pageLang), p.agency() == null ? "" : p.agency(),
                p.nameLanguage(pageLang).equals(pageLang) ? "" : p.nameLanguage(pageLang), w.label(p.kind()), w.label(p.scope()),
                p.status().name(), w.label(p.status()), p.regions() == null ? List.of() : p.regions(), summary,
                excerpt(summary), intake, headline(p, w), p.url() == null ? "" : p.url(),
                today == null ? "" : IntakeStatus.of(p, today).css(),
                today == null ? "" : w.intake(IntakeStatus.of(p, today)),
                p.intake().deadline() == null ? m.card_no_deadline() : w.date(p.intake().deadline()),
                p.intake().deadline(), summaryLanguage(p, pageLang));
    }

    /** The language the summary shown on a {@code pageLang} page is written in, when it is not the page's. */
    private static String summaryLanguage(ProgramDoc p, String pageLang) {
        String lang = ProgramDoc.readsFrench(pageLang, p.summaryFr()) ? "fr" : p.language();
        return lang.equals(pageLang) ? "" : lang;
    }

    public boolean published() {
        return ProgramStatus.PUBLISHED.name().equals(status);
    }

    public boolean draft() {
        return ProgramStatus.DRAFT.name().equals(status);
    }

    public boolean closed() {
        return ProgramStatus.CLOSED.name().equals(status);
    }

    /** What the program pays, in a few words. */
    public static String headline(ProgramDoc p, ProgramWording w) {
        ProgramMessages m = w.m();
        Funding f = p.funding();
        if (f == null) {
            return m.funding_unknown();
        }
        if (p.scope() == Scope.COMPANY) {
            return f.maxAmount() == null ? m.funding_unknown() : m.funding_max(w.money(f.maxAmount(), f.currency()));
        }
        if (f.flatPerPlacement() != null) {
            return m.funding_flat(w.money(f.flatPerPlacement(), f.currency()));
        }
        if (f.wagePercent() == null) {
            return m.funding_unknown();
        }
        return f.capPerPlacement() == null ? m.funding_percent(w.number(f.wagePercent()))
                : m.funding_percent_cap(w.number(f.wagePercent()), w.money(f.capPerPlacement(), f.currency()));
    }

    /** The start of the summary, cut at a word. */
    public static String excerpt(String summary) {
        if (summary.length() <= EXCERPT) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', EXCERPT);
        return summary.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + "…";
    }
}
