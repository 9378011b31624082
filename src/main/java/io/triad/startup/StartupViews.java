package io.triad.startup;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.matching.Amount;
import io.triad.people.PeopleViews.Funding;
import io.triad.people.PeopleViews.Miss;
import io.triad.matching.Reason;
import io.triad.people.PeopleViews;
import io.triad.people.MoneyWording;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** What the startup pages show, and who may see them. */
public final class StartupViews {
    private StartupViews() {
    }

    public record StartupRow(String key, String name, String stage, String region, String city, int openings) {
    }

    public record Summary(String key, String name, String description, String stage, String region, String city,
            List<String> sectors, int headcount, String founded, boolean incorporated, boolean forProfit) {

        static Summary of(StartupDoc d, Locale locale) {
            return new Summary(d.key(), d.name(), d.description(), PeopleViews.name(d.stage()), d.region(), d.city(),
                    PeopleViews.names(d.sectors()), d.headcount(), PeopleViews.date(d.foundedOn(), locale),
                    d.incorporated(), d.forProfit());
        }
    }

    public record OpeningRow(String key, String title, String start, int weeks, String hours, String wage,
            String workMode, int positions, List<String> skills, boolean started) {

        /** {@code started}: its start date is before {@code today}, so nobody can be placed on it any more. */
        static OpeningRow of(OpeningDoc o, Locale locale, java.time.LocalDate today) {
            return new OpeningRow(o.key(), o.title(), PeopleViews.date(o.startDate(), locale), o.weeks(),
                    NumberFormat.getNumberInstance(locale).format(o.hoursPerWeek()),
                    PeopleViews.money(new Amount(o.hourlyWage(), "CAD"), locale), PeopleViews.name(o.workMode()),
                    o.positions(), o.skills(), o.startDate() != null && o.startDate().isBefore(today));
        }
    }

    /** A ranked student for an opening: never a sensitive field. */
    public record StudentCard(int rank, String key, String name, String institution, String field, String level,
            String score, List<String> skills, List<Reason> reasons, List<Funding> funding, List<Miss> misses,
            MoneyWording.Money money, String missesRest,
            String standing) {
    }

    public record CompanyProgram(String key, String name, String kind, String amount, String deadline, String status,
            String statusLabel) {
    }
}
