package io.triad.startup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.OpeningDoc;
import io.triad.domain.WorkMode;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews;
import io.triad.people.PeopleViews.Option;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.List;

/** The opening editor as typed: skills as comma-separated text, numbers as text until validated. */
public record OpeningForm(String title, String description, String skills, List<String> levels, List<String> fields,
        String startDate, String weeks, String hoursPerWeek, String hourlyWage, String workMode, String positions,
        String language) {

    static final List<String> FIELDS = List.of("title", "description", "skills", "levels", "fields", "startDate",
            "weeks", "hoursPerWeek", "hourlyWage", "workMode", "positions", "language");

    static OpeningForm empty() {
        return new OpeningForm("", "", "", List.of(), List.of(), "", "", "", "", "", "1", "en");
    }

    static OpeningForm of(OpeningDoc o) {
        return new OpeningForm(o.title(), o.description() == null ? "" : o.description(), String.join(", ", o.skills()),
                PeopleViews.names(o.levels()), PeopleViews.names(o.fields()), String.valueOf(o.startDate()),
                Integer.toString(o.weeks()), plain(o.hoursPerWeek()), plain(o.hourlyWage()),
                PeopleViews.name(o.workMode()), String.valueOf(o.positions()), o.language());
    }

    static OpeningForm of(MultivaluedMap<String, String> form) {
        return new OpeningForm(PeopleForms.first(form, "title"), PeopleForms.first(form, "description"),
                PeopleForms.first(form, "skills"), PeopleForms.all(form, "levels"), PeopleForms.all(form, "fields"),
                PeopleForms.first(form, "startDate"), PeopleForms.first(form, "weeks"),
                PeopleForms.first(form, "hoursPerWeek"), PeopleForms.first(form, "hourlyWage"),
                PeopleForms.first(form, "workMode"), PeopleForms.first(form, "positions"),
                PeopleForms.first(form, "language"));
    }

    /** The opening document of DATA.md for this form. */
    ObjectNode toJson(String key, ObjectNode node) {
        node.put("key", key);
        PeopleForms.text(node, "title", title);
        PeopleForms.text(node, "description", description);
        PeopleForms.list(node, "skills", PeopleForms.commaList(skills));
        PeopleForms.list(node, "levels", levels);
        PeopleForms.list(node, "fields", fields);
        PeopleForms.text(node, "startDate", startDate);
        PeopleForms.integer(node, "weeks", weeks);
        PeopleForms.decimal(node, "hoursPerWeek", hoursPerWeek);
        PeopleForms.decimal(node, "hourlyWage", hourlyWage);
        PeopleForms.text(node, "workMode", workMode);
        PeopleForms.integer(node, "positions", positions);
        PeopleForms.text(node, "language", language);
        return node;
    }

    public List<Option> levelChoices() {
        return PeopleViews.options(Level.values(), levels);
    }

    public List<Option> fieldChoices() {
        return PeopleViews.options(FieldOfStudy.values(), fields);
    }

    public List<Option> workModes() {
        return PeopleViews.options(WorkMode.values(), List.of(workMode));
    }

    public List<Option> languages() {
        return List.of(new Option("en", !"fr".equals(language)), new Option("fr", "fr".equals(language)));
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
