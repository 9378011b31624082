package io.triad.importing;

import static io.triad.importing.DemoVocabulary.*;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the {@code students} array of a demo document, one student at a time. */
final class DemoStudents {

    private static final String[] STUDENT_REGIONS =
            weighted("CA-ON:38 CA-QC:21 CA-BC:14 CA-AB:10 CA-NS:5 CA-MB:4 CA-SK:4 CA-NB:2 CA-NL:1 CA-PE:1");
    private static final String[] LEVELS = weighted("COLLEGE:25 BACHELOR:50 MASTER:18 PHD:7");
    /** Programme length in years: an enrolled student graduating in 2027 is in the last year. */
    private static final Map<String, Integer> LEVEL_YEARS = Map.of("COLLEGE", 3, "BACHELOR", 4, "MASTER", 2, "PHD", 5);
    private static final Map<String, int[]> BIRTH_YEARS = Map.of("COLLEGE", new int[] {2000, 2008},
            "BACHELOR", new int[] {1999, 2007}, "MASTER", new int[] {1994, 2002}, "PHD", new int[] {1990, 1999});
    private static final String[] ENROLMENTS =
            weighted("ENROLLED_FULL_TIME:72 ENROLLED_PART_TIME:10 GRADUATED:13 NOT_ENROLLED:5");
    private static final String[] PAST_GRADUATIONS = words("2025-04-30|2025-06-13|2025-08-29|2025-12-19|2026-04-30"
            + "|2026-06-12|2026-08-28");
    private static final String[] WORK_STATUSES =
            weighted("CITIZEN:66 PERMANENT_RESIDENT:14 PROTECTED_PERSON:5 INTERNATIONAL:15");
    private static final String[] MODES = {"ONSITE", "HYBRID", "REMOTE"};
    private static final Set<String> STEM =
            Set.of("COMPUTER_SCIENCE", "ENGINEERING", "MATHEMATICS_STATISTICS", "NATURAL_SCIENCES");

    /** The demo student: fits the first two showcase openings (the third starts after her availability ends). */
    private static final String SHOWCASE_STUDENT = """
            {"key": "amara-okafor-1", "name": "Amara Okafor", "email": "amara.okafor.1@students.example",
             "institution": "University of Waterloo", "field": "COMPUTER_SCIENCE", "level": "BACHELOR",
             "enrolment": "ENROLLED_FULL_TIME", "graduationDate": "2028-04-30", "workStatus": "PERMANENT_RESIDENT",
             "birthDate": "2005-09-14", "region": "CA-ON",
             "skills": ["python", "pytorch", "opencv", "computer vision", "java", "postgres", "docker"],
             "interests": ["HARDWARE", "SOFTWARE", "CLEANTECH"],
             "bio": "I build robots for fun and want a summer co-op in machine learning or backend development.",
             "language": "en", "availableFrom": "2027-05-01", "availableUntil": "2027-08-31",
             "workModes": ["ONSITE", "HYBRID"], "groups": ["WOMAN_IN_STEM"], "shareEnhancedEligibility": true,
             "owner": "student@triad.example"}
            """;

    private final DemoGenerator g;
    private final JsonGenerator json;

    DemoStudents(DemoGenerator g, JsonGenerator json) {
        this.g = g;
        this.json = json;
    }

    /** Where they study; {@code year} of study is 0 when not enrolled. */
    private record Studies(Field field, String level, String enrolment, String institution, LocalDate graduation,
                           int year) {}

    /**
     * {@code count} students; with {@code showcase} the first is the demo student. Generated ones are numbered
     * from 2 in keys and emails either way: 1 is the showcase's, so benchmark data never replaces her.
     */
    void write(int count, boolean showcase) throws IOException {
        json.writeArrayFieldStart("students");
        if (showcase && count > 0) {
            g.copy(SHOWCASE_STUDENT);
        }
        int generated = showcase ? count - 1 : count;
        for (int n = 2; n < generated + 2; n++) {
            student(n);
        }
        json.writeEndArray();
    }

    private void student(int n) throws IOException {
        Region region = REGIONS.get(g.pick(STUDENT_REGIONS));
        boolean quebec = region.code().equals("CA-QC");
        boolean french = quebec && g.chance(0.2);
        boolean frenchName = french || quebec && g.chance(0.4);
        String first = g.pick(frenchName ? FIRST_NAMES_FR : FIRST_NAMES);
        String last = g.pick(frenchName ? LAST_NAMES_FR : LAST_NAMES);
        Studies studies = studies(region);
        String workStatus = g.pick(WORK_STATUSES);
        int[] born = BIRTH_YEARS.get(studies.level());
        json.writeStartObject();
        json.writeStringField("key", g.slug(first) + "-" + g.slug(last) + "-" + n);
        json.writeStringField("name", first + " " + last);
        json.writeStringField("email", g.slug(first) + "." + g.slug(last) + "." + n + "@students.example");
        json.writeStringField("institution", studies.institution());
        json.writeStringField("field", studies.field().code());
        json.writeStringField("level", studies.level());
        json.writeStringField("enrolment", studies.enrolment());
        g.date("graduationDate", studies.graduation());
        json.writeStringField("workStatus", workStatus);
        g.date("birthDate", g.day(LocalDate.of(born[0], 1, 1), LocalDate.of(born[1], 12, 31)));
        json.writeStringField("region", region.code());
        profile(studies, workStatus, french);
        json.writeEndObject();
    }

    private Studies studies(Region region) {
        Field field = FIELDS.get(g.pick(FIELD_PICK));
        String level = field.code().equals("TRADES") ? "COLLEGE" : g.pick(LEVELS);
        String enrolment = g.pick(ENROLMENTS);
        String institution = g.pick(level.equals("COLLEGE") ? region.colleges() : region.universities());
        if (!enrolment.startsWith("ENROLLED")) {
            LocalDate done = enrolment.equals("GRADUATED") ? LocalDate.parse(g.pick(PAST_GRADUATIONS)) : null;
            return new Studies(field, level, enrolment, institution, done, 0);
        }
        int years = LEVEL_YEARS.get(level);
        int yearsLeft = g.between(0, years - 1);
        LocalDate graduation = g.chance(0.8) ? LocalDate.of(2027 + yearsLeft, 4, 30)
                : LocalDate.of(2027 + yearsLeft, 12, 18);
        return new Studies(field, level, enrolment, institution, graduation, years - yearsLeft);
    }

    private void profile(Studies studies, String workStatus, boolean french) throws IOException {
        String[] skills = g.spell(skills(studies.field()));
        g.strings("skills", skills);
        String[] interests = studies.field().interests();
        g.strings("interests", g.sample(interests, g.between(1, Math.min(3, interests.length))));
        json.writeStringField("bio", (french ? bioFr(studies) : bioEn(studies))
                + g.pick(french ? LIKES_FR : LIKES).replace("{a}", skills[0]).replace("{b}", skills[1]));
        json.writeStringField("language", french ? "fr" : "en");
        LocalDate from = g.day(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1));
        from = g.chance(0.5) ? from.withDayOfMonth(1) : from;
        g.date("availableFrom", from);
        g.date("availableUntil", g.chance(0.25) ? null : from.plusMonths(g.between(2, 12)).minusDays(1));
        g.strings("workModes", workModes());
        String[] groups = groups(studies, workStatus);
        g.strings("groups", groups);
        json.writeBooleanField("shareEnhancedEligibility", groups.length > 0 && g.chance(0.3));
    }

    /** Mostly the skills of one role the field leads to, topped up from a neighbouring role and soft skills. */
    private String[] skills(Field field) {
        Role main = ROLES.get(g.pick(field.roles()));
        Role side = ROLES.get(g.pick(field.roles()));
        int count = g.between(3, 8);
        Set<String> out = new LinkedHashSet<>(Arrays.asList(g.sample(main.skills(), Math.max(2, count - 2))));
        while (out.size() < count) {
            out.add(g.chance(0.7) ? g.pick(side.skills()) : g.pick(GENERAL_SKILLS));
        }
        return out.toArray(String[]::new);
    }

    private static String bioEn(Studies s) {
        String at = (s.institution().startsWith("University of") ? " at the " : " at ") + s.institution();
        return switch (s.enrolment()) {
            case "ENROLLED_FULL_TIME" -> ORDINALS[s.year() - 1] + "-year " + s.field().en()
                    + LEVEL_EN.get(s.level()) + " student" + at + ". ";
            case "ENROLLED_PART_TIME" -> "Part-time " + s.field().en() + " student" + at
                    + ", working alongside my studies. ";
            case "GRADUATED" -> "Graduated in " + s.field().en() + " from" + at.substring(3) + " in "
                    + s.graduation().getYear() + ". ";
            default -> "Changing careers after studying " + s.field().en() + at + ". ";
        };
    }

    private static String bioFr(Studies s) {
        String i = s.institution();
        String at = i.startsWith("Université") || i.startsWith("École") ? " à l'" + i
                : i.startsWith("Cégep") || i.startsWith("Collège") ? " au " + i : " à " + i;
        return switch (s.enrolment()) {
            case "ENROLLED_FULL_TIME" -> "En " + ORDINALS_FR[s.year() - 1] + " année " + LEVEL_FR.get(s.level())
                    + " en " + s.field().fr() + at + ". ";
            case "ENROLLED_PART_TIME" -> "Études à temps partiel en " + s.field().fr() + at
                    + ", en parallèle d'un emploi. ";
            case "GRADUATED" -> "J'ai obtenu mon diplôme en " + s.field().fr() + at + " en "
                    + s.graduation().getYear() + ". ";
            default -> "En réorientation de carrière après des études en " + s.field().fr() + at + ". ";
        };
    }

    /** One to three modes, in a fixed order; two is the most common. */
    private String[] workModes() {
        int r = g.between(1, 100);
        String dropped = g.pick(MODES);
        return r <= 20 ? MODES : r <= 45 ? new String[] {dropped}
                : Arrays.stream(MODES).filter(m -> !m.equals(dropped)).toArray(String[]::new);
    }

    /** Zero for most students, at most two, only where they are plausible. */
    private String[] groups(Studies s, String workStatus) {
        List<String> out = new ArrayList<>(6);
        addIf(out, STEM.contains(s.field().code()) && g.chance(0.2), "WOMAN_IN_STEM");
        addIf(out, g.chance(0.03), "INDIGENOUS");
        addIf(out, g.chance(0.04), "PERSON_WITH_DISABILITY");
        addIf(out, !workStatus.equals("CITIZEN") && !workStatus.equals("INTERNATIONAL") && g.chance(0.3), "NEWCOMER");
        addIf(out, g.chance(0.08), "VISIBLE_MINORITY");
        addIf(out, s.year() == 1 && g.chance(0.4), "FIRST_YEAR_STUDENT");
        return out.subList(0, Math.min(2, out.size())).toArray(String[]::new);
    }

    private static void addIf(List<String> list, boolean condition, String value) {
        if (condition) {
            list.add(value);
        }
    }
}
