package io.triad.program.admin;

import io.triad.domain.OpeningDoc;
import io.triad.domain.StudentDoc;
import io.triad.matching.Amount;
import io.triad.people.PeopleViews;
import io.triad.web.RegionNames;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/** The parties of a program's best placement as its administrator reads them, in the page's language. */
final class PartyViews {
    private PartyViews() {
    }

    /** An opening, read only. */
    record OpeningView(String programKey, String program, String asOf, String key, String title, String startup,
            String description, String startDate, int weeks, String hours, String wage, String workMode,
            List<String> levels, List<String> fields, List<String> skills) {
    }

    /**
     * A student as a startup sees one (API.md: the redacted view): no birth date, work status, groups or email, and not
     * whether the student shares enhanced eligibility, which would tell something of the groups.
     */
    record StudentView(String programKey, String program, String asOf, String name, String institution, String field,
            String level, String enrolment, String graduation, String region, String availableFrom,
            String availableUntil, List<String> workModes, List<String> skills, List<String> interests, String bio) {
    }

    static OpeningView opening(PlacementParties.OpeningOf found, String asOf, Locale locale) {
        OpeningDoc o = found.opening();
        return new OpeningView(found.program().key(), found.program().nameFor(locale), asOf, o.key(), o.title(),
                found.startup(), o.description() == null ? "" : o.description(), PeopleViews.date(o.startDate(), locale),
                o.weeks(), NumberFormat.getNumberInstance(locale).format(o.hoursPerWeek()),
                PeopleViews.money(new Amount(o.hourlyWage(), o.currency()), locale), PeopleViews.name(o.workMode()),
                o.levels() == null ? List.of() : PeopleViews.names(o.levels()),
                o.fields() == null ? List.of() : PeopleViews.names(o.fields()), o.skills());
    }

    static StudentView student(PlacementParties.StudentOf found, String asOf, Locale locale) {
        StudentDoc d = found.student();
        return new StudentView(found.program().key(), found.program().nameFor(locale), asOf, d.name(),
                d.institution() == null ? "" : d.institution(), PeopleViews.name(d.field()), PeopleViews.name(d.level()),
                PeopleViews.name(d.enrolment()), PeopleViews.date(d.graduationDate(), locale),
                RegionNames.name(d.region(), locale), PeopleViews.date(d.availableFrom(), locale),
                PeopleViews.date(d.availableUntil(), locale), PeopleViews.names(d.workModes()), d.skills(),
                PeopleViews.names(d.interests()), d.bio() == null ? "" : d.bio());
    }
}
