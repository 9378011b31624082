package io.triad.security;

import static io.triad.security.Field.Kind.CURRENCY;
import static io.triad.security.Field.Kind.DATE;
import static io.triad.security.Field.Kind.DECIMAL;
import static io.triad.security.Field.Kind.EMAIL;
import static io.triad.security.Field.Kind.ENUM;
import static io.triad.security.Field.Kind.ENUM_LIST;
import static io.triad.security.Field.Kind.KEY;
import static io.triad.security.Field.Kind.LANGUAGE;
import static io.triad.security.Field.Kind.LENIENT;
import static io.triad.security.Field.Kind.LINE;
import static io.triad.security.Field.Kind.PARAGRAPH;
import static io.triad.security.Field.Kind.REGION;
import static io.triad.security.Field.Kind.REGION_LIST;
import static io.triad.security.Field.Kind.TEXT_LIST;
import static io.triad.security.Field.Kind.URL;
import static io.triad.security.Field.Kind.WHOLE;

import java.util.List;
import java.util.Map;

/** The page forms, valid as a person would fill them in, and their fields. */
final class Forms {
    private static final long ANY = Integer.MAX_VALUE;

    static final List<Field> STARTUP = List.of(Field.text("name", LINE, true, 200),
            Field.text("description", PARAGRAPH, false, 4000), Field.required("stage", ENUM),
            Field.required("region", REGION), Field.text("city", LINE, false, 100), Field.of("sectors", ENUM_LIST),
            Field.number("headcount", WHOLE, true, 1, 10_000_000), Field.required("foundedOn", DATE),
            Field.of("incorporated", LENIENT), Field.of("forProfit", LENIENT));

    static final List<Field> OPENING = List.of(Field.text("title", LINE, true, 200),
            Field.text("description", PARAGRAPH, false, 4000), Field.of("skills", TEXT_LIST),
            Field.of("levels", ENUM_LIST), Field.of("fields", ENUM_LIST), Field.required("startDate", DATE),
            Field.number("weeks", WHOLE, true, 1, 104), Field.number("hoursPerWeek", DECIMAL, true, 1, 80),
            Field.number("hourlyWage", DECIMAL, true, 0, 10_000), Field.required("workMode", ENUM),
            Field.number("positions", WHOLE, false, 1, 10_000), Field.of("language", LANGUAGE));

    static final List<Field> STUDENT = List.of(Field.text("name", LINE, true, 200), Field.required("email", EMAIL),
            Field.text("institution", LINE, false, 200), Field.required("field", ENUM), Field.required("level", ENUM),
            Field.required("enrolment", ENUM), Field.of("graduationDate", DATE), Field.of("workStatus", ENUM),
            Field.of("birthDate", DATE), Field.required("region", REGION), Field.of("skills", TEXT_LIST),
            Field.of("interests", ENUM_LIST), Field.text("bio", PARAGRAPH, false, 4000),
            Field.required("availableFrom", DATE), Field.of("availableUntil", DATE), Field.of("workModes", ENUM_LIST),
            Field.of("groups", ENUM_LIST), Field.of("shareEnhancedEligibility", LENIENT), Field.of("language", LANGUAGE));

    static final List<Field> PROGRAM = List.of(Field.required("key", KEY), Field.text("name", LINE, true, 200),
            Field.text("agency", LINE, false, 200), Field.of("regions", REGION_LIST), Field.required("kind", ENUM),
            Field.required("scope", ENUM), Field.text("summary", PARAGRAPH, false, 4000), Field.of("url", URL),
            Field.of("language", LANGUAGE), Field.of("intake.opens", DATE), Field.of("intake.deadline", DATE),
            Field.number("capacity", WHOLE, false, 0, ANY), Field.of("employer.stages", ENUM_LIST),
            Field.number("employer.minHeadcount", WHOLE, false, 0, ANY),
            Field.number("employer.maxCompanyAgeYears", WHOLE, false, 0, 1000), Field.of("employer.regions", REGION_LIST),
            Field.of("employer.mustBeIncorporated", LENIENT), Field.of("student.levels", ENUM_LIST),
            Field.number("student.maxAge", WHOLE, false, 0, 150), Field.number("placement.minWeeks", WHOLE, false, 0, 1000),
            Field.number("placement.minHoursPerWeek", DECIMAL, false, 0, 168), Field.of("placement.latestStart", DATE),
            Field.required("funding.currency", CURRENCY), Field.number("funding.wagePercent", DECIMAL, false, 0, 100),
            Field.number("funding.capPerPlacement", DECIMAL, false, 0, 0),
            Field.number("funding.maxAmount", DECIMAL, false, 0, 0));

    private Forms() {
    }

    static List<Map.Entry<String, String>> startup() {
        return List.of(Map.entry("name", "Form startup"), Map.entry("description", "Builds robots.\r\nWell."),
                Map.entry("stage", "SEED"), Map.entry("region", "CA-ON"), Map.entry("city", "Waterloo"),
                Map.entry("sectors", "SOFTWARE"), Map.entry("headcount", "12"), Map.entry("foundedOn", "2020-05-01"),
                Map.entry("incorporated", "on"));
    }

    static List<Map.Entry<String, String>> opening() {
        return List.of(Map.entry("title", "Form co-op"), Map.entry("description", "Python."),
                Map.entry("skills", "python, sql"), Map.entry("levels", "BACHELOR"), Map.entry("startDate", "2098-05-03"),
                Map.entry("weeks", "16"), Map.entry("hoursPerWeek", "37,5"), Map.entry("hourlyWage", "28.00"),
                Map.entry("workMode", "HYBRID"), Map.entry("positions", "1"), Map.entry("language", "en"));
    }

    static List<Map.Entry<String, String>> student(String email) {
        return List.of(Map.entry("name", "Form Student"), Map.entry("email", email),
                Map.entry("institution", "University"), Map.entry("field", "COMPUTER_SCIENCE"),
                Map.entry("level", "BACHELOR"), Map.entry("enrolment", "ENROLLED_FULL_TIME"),
                Map.entry("birthDate", "2004-09-14"), Map.entry("region", "CA-ON"), Map.entry("skills", "python"),
                Map.entry("bio", "Likes robots."), Map.entry("availableFrom", "2098-05-01"),
                Map.entry("workModes", "HYBRID"), Map.entry("language", "en"));
    }

    static List<Map.Entry<String, String>> program(String key) {
        return List.of(Map.entry("key", key), Map.entry("name", "Form program"), Map.entry("agency", "Agency"),
                Map.entry("regions", "CA-ON, CA-QC"), Map.entry("kind", "WAGE_SUBSIDY"), Map.entry("scope", "PLACEMENT"),
                Map.entry("summary", "Pays wages."), Map.entry("url", "https://example.org"), Map.entry("language", "en"),
                Map.entry("intake.opens", "2020-01-01"), Map.entry("intake.deadline", "2099-12-31"),
                Map.entry("capacity", "10"), Map.entry("employer.stages", "SEED"), Map.entry("employer.regions", "CA"),
                Map.entry("student.levels", "BACHELOR"), Map.entry("placement.minWeeks", "8"),
                Map.entry("placement.minHoursPerWeek", "30"), Map.entry("funding.currency", "CAD"),
                Map.entry("funding.wagePercent", "50"), Map.entry("funding.capPerPlacement", "5000"),
                Map.entry("action", "draft"));
    }
}
