package io.triad.student;

import io.triad.web.RegionNames;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.Sector;
import io.triad.domain.StudentDoc;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.Option;
import io.triad.people.PeopleViews;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The student profile form as typed: every field of DATA.md's student but the key, which the page sets. */
public record StudentForm(String name, String email, String institution, String field, String level,
        String enrolment, String graduationDate, String workStatus, String birthDate, String region, String skills,
        List<String> interests, String bio, String availableFrom, String availableUntil, List<String> workModes,
        List<String> groups, boolean shareEnhancedEligibility, String language) {

    static final List<String> FIELDS = List.of("name", "email", "institution", "field", "level", "enrolment",
            "graduationDate", "workStatus", "birthDate", "groups", "region", "availableFrom", "availableUntil",
            "workModes", "skills", "interests", "bio", "language");

    static StudentForm empty(String email) {
        return new StudentForm("", email, "", "", "", "", "", "", "", "", "", List.of(), "", "", "", List.of(),
                List.of(), false, "en");
    }

    static StudentForm of(StudentDoc d) {
        return new StudentForm(d.name(), d.email(), nz(d.institution()), PeopleViews.name(d.field()),
                PeopleViews.name(d.level()), PeopleViews.name(d.enrolment()), date(d.graduationDate()),
                PeopleViews.name(d.workStatus()), date(d.birthDate()), d.region(), String.join(", ", d.skills()),
                PeopleViews.names(d.interests()), nz(d.bio()), date(d.availableFrom()), date(d.availableUntil()),
                PeopleViews.names(d.workModes()), PeopleViews.names(d.groups()), d.shareEnhancedEligibility(),
                d.language());
    }

    static StudentForm of(MultivaluedMap<String, String> f) {
        return new StudentForm(PeopleForms.first(f, "name"), PeopleForms.first(f, "email"),
                PeopleForms.first(f, "institution"), PeopleForms.first(f, "field"), PeopleForms.first(f, "level"),
                PeopleForms.first(f, "enrolment"), PeopleForms.first(f, "graduationDate"),
                PeopleForms.first(f, "workStatus"), PeopleForms.first(f, "birthDate"),
                PeopleForms.first(f, "region"), PeopleForms.first(f, "skills"),
                PeopleForms.all(f, "interests"), PeopleForms.first(f, "bio"), PeopleForms.first(f, "availableFrom"),
                PeopleForms.first(f, "availableUntil"), PeopleForms.all(f, "workModes"), PeopleForms.all(f, "groups"),
                PeopleForms.checked(f, "shareEnhancedEligibility"), PeopleForms.first(f, "language"));
    }

    /** The student document of DATA.md for this form. */
    ObjectNode toJson(String key, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.put("key", key);
        PeopleForms.text(node, "name", name);
        PeopleForms.text(node, "email", email);
        PeopleForms.text(node, "institution", institution);
        PeopleForms.text(node, "field", field);
        PeopleForms.text(node, "level", level);
        PeopleForms.text(node, "enrolment", enrolment);
        PeopleForms.text(node, "graduationDate", graduationDate);
        PeopleForms.text(node, "workStatus", workStatus);
        PeopleForms.text(node, "birthDate", birthDate);
        PeopleForms.text(node, "region", RegionNames.codeOrAsTyped(region));
        PeopleForms.list(node, "skills", PeopleForms.commaList(skills));
        PeopleForms.list(node, "interests", interests);
        PeopleForms.text(node, "bio", bio);
        PeopleForms.text(node, "availableFrom", availableFrom);
        PeopleForms.text(node, "availableUntil", availableUntil);
        PeopleForms.list(node, "workModes", workModes);
        PeopleForms.list(node, "groups", groups);
        node.put("shareEnhancedEligibility", shareEnhancedEligibility);
        PeopleForms.text(node, "language", language);
        return node;
    }

    public List<Option> fields() {
        return PeopleViews.options(FieldOfStudy.values(), List.of(field));
    }

    public List<Option> levels() {
        return PeopleViews.options(Level.values(), List.of(level));
    }

    public List<Option> enrolments() {
        return PeopleViews.options(Enrolment.values(), List.of(enrolment));
    }

    public List<Option> workStatuses() {
        return PeopleViews.options(WorkStatus.values(), List.of(workStatus));
    }

    public List<Option> groupChoices() {
        return PeopleViews.options(EquityGroup.values(), groups);
    }

    public List<Option> interestChoices() {
        return PeopleViews.options(Sector.values(), interests);
    }

    public List<Option> workModeChoices() {
        return PeopleViews.options(WorkMode.values(), workModes);
    }

    public List<Option> languages() {
        return List.of(new Option("en", !"fr".equals(language)), new Option("fr", "fr".equals(language)));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
