package io.triad.startup;

import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.matching.Amount;
import io.triad.people.PeopleViews.Funding;
import io.triad.people.PeopleViews.Miss;
import io.triad.people.PeopleViews.Reason;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
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
            String workMode, int positions, List<String> skills) {

        static OpeningRow of(OpeningDoc o, Locale locale) {
            return new OpeningRow(o.key(), o.title(), PeopleViews.date(o.startDate(), locale), o.weeks(),
                    NumberFormat.getNumberInstance(locale).format(o.hoursPerWeek()),
                    PeopleViews.money(new Amount(o.hourlyWage(), "CAD"), locale), PeopleViews.name(o.workMode()),
                    o.positions(), o.skills());
        }
    }

    /** A ranked student for an opening: never a sensitive field. */
    public record StudentCard(int rank, String key, String name, String institution, String field, String level,
            String score, List<String> skills, List<Reason> reasons, List<Funding> funding, List<Miss> misses) {
    }

    public record CompanyProgram(String key, String name, String kind, String amount) {
    }

    /** The signed-in account when it is a startup account or an operator: 401 anonymous, 403 otherwise. */
    static Account startupAccount(CurrentAccount current) {
        Account caller = current.require();
        Ownership.requireRole(caller, Role.STARTUP);
        return caller;
    }

    /** The startup when the caller owns it or is an operator: 404 unknown, 403 another account's. */
    static StartupEntity owned(CurrentAccount current, String key) {
        Account caller = startupAccount(current);
        StartupEntity startup = StartupEntity.byKey(key)
                .orElseThrow(() -> ProblemException.notFound("No startup '" + key + "'"));
        Ownership.requireChange(caller, startup.owner, "This startup");
        return startup;
    }

    /** One of the startup's openings, else 404. */
    static OpeningEntity opening(StartupEntity startup, String key) {
        return OpeningEntity.byKey(key).filter(o -> o.startup.id.equals(startup.id))
                .orElseThrow(() -> ProblemException.notFound("No opening '" + key + "' at this startup"));
    }
}
