package io.triad.security;

import static io.triad.security.Field.Kind.BOOL;
import static io.triad.security.Field.Kind.CURRENCY;
import static io.triad.security.Field.Kind.DATE;
import static io.triad.security.Field.Kind.DECIMAL;
import static io.triad.security.Field.Kind.EMAIL;
import static io.triad.security.Field.Kind.ENUM;
import static io.triad.security.Field.Kind.ENUM_LIST;
import static io.triad.security.Field.Kind.KEY;
import static io.triad.security.Field.Kind.LANGUAGE;
import static io.triad.security.Field.Kind.LINE;
import static io.triad.security.Field.Kind.PARAGRAPH;
import static io.triad.security.Field.Kind.REGION;
import static io.triad.security.Field.Kind.REGION_LIST;
import static io.triad.security.Field.Kind.TEXT_LIST;
import static io.triad.security.Field.Kind.URL;
import static io.triad.security.Field.Kind.WHOLE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Valid DATA.md documents to start from, and their fields as DATA.md's validation table describes them. */
final class Documents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ANY = Integer.MAX_VALUE;

    static final List<Field> PROGRAM = List.of(Field.required("key", KEY), Field.text("name", LINE, true, 200),
            Field.text("agency", LINE, false, 200), Field.of("regions", REGION_LIST), Field.required("kind", ENUM),
            Field.required("scope", ENUM), Field.text("summary", PARAGRAPH, false, 4000), Field.of("url", URL),
            Field.text("nameFr", LINE, false, 200), Field.text("summaryFr", PARAGRAPH, false, 4000),
            Field.of("status", ENUM), Field.of("language", LANGUAGE), Field.number("capacity", WHOLE, false, 0, ANY),
            Field.of("owner", EMAIL), Field.of("intake.opens", DATE), Field.of("intake.deadline", DATE),
            Field.of("employer.stages", ENUM_LIST), Field.number("employer.minHeadcount", WHOLE, false, 0, ANY),
            Field.number("employer.maxHeadcount", WHOLE, false, 0, ANY),
            Field.number("employer.minCompanyAgeYears", WHOLE, false, 0, 1000),
            Field.number("employer.maxCompanyAgeYears", WHOLE, false, 0, 1000),
            Field.of("employer.regions", REGION_LIST), Field.of("employer.sectors", ENUM_LIST),
            Field.of("employer.mustBeIncorporated", BOOL), Field.of("employer.forProfitOnly", BOOL),
            Field.of("student.levels", ENUM_LIST), Field.of("student.fields", ENUM_LIST),
            Field.of("student.enrolment", ENUM_LIST), Field.number("student.recentGradMonths", WHOLE, false, 0, 1200),
            Field.of("student.workStatus", ENUM_LIST), Field.number("student.minAge", WHOLE, false, 0, 150),
            Field.number("student.maxAge", WHOLE, false, 0, 150), Field.of("student.regions", REGION_LIST),
            Field.number("placement.minWeeks", WHOLE, false, 0, 1000),
            Field.number("placement.maxWeeks", WHOLE, false, 0, 1000),
            Field.number("placement.minHoursPerWeek", DECIMAL, false, 0, 168), Field.of("placement.earliestStart", DATE),
            Field.of("placement.latestStart", DATE), Field.required("funding.currency", CURRENCY),
            Field.number("funding.wagePercent", DECIMAL, false, 0, 100),
            Field.number("funding.capPerPlacement", DECIMAL, false, 0, 0),
            Field.number("funding.enhancedWagePercent", DECIMAL, false, 0, 100),
            Field.number("funding.enhancedCapPerPlacement", DECIMAL, false, 0, 0),
            Field.of("funding.enhancedGroups", ENUM_LIST), Field.number("funding.flatPerPlacement", DECIMAL, false, 0, 0),
            Field.number("funding.maxAmount", DECIMAL, false, 0, 0));

    static final List<Field> STARTUP = List.of(Field.required("key", KEY), Field.text("name", LINE, true, 200),
            Field.text("description", PARAGRAPH, false, 4000), Field.required("stage", ENUM),
            Field.required("region", REGION), Field.text("city", LINE, false, 100), Field.of("sectors", ENUM_LIST),
            Field.number("headcount", WHOLE, true, 1, 10_000_000), Field.required("foundedOn", DATE),
            Field.required("incorporated", BOOL), Field.required("forProfit", BOOL), Field.of("owner", EMAIL));

    static final List<Field> OPENING = List.of(Field.required("key", KEY), Field.text("title", LINE, true, 200),
            Field.text("description", PARAGRAPH, false, 4000), Field.of("skills", TEXT_LIST),
            Field.of("levels", ENUM_LIST), Field.of("fields", ENUM_LIST), Field.required("startDate", DATE),
            Field.number("weeks", WHOLE, true, 1, 104), Field.number("hoursPerWeek", DECIMAL, true, 1, 80),
            Field.number("hourlyWage", DECIMAL, true, 0, 10_000), Field.required("workMode", ENUM),
            Field.number("positions", WHOLE, false, 1, 10_000), Field.of("language", LANGUAGE));

    static final List<Field> STUDENT = List.of(Field.required("key", KEY), Field.text("name", LINE, true, 200),
            Field.required("email", EMAIL), Field.text("institution", LINE, false, 200), Field.required("field", ENUM),
            Field.required("level", ENUM), Field.required("enrolment", ENUM), Field.of("graduationDate", DATE),
            Field.of("workStatus", ENUM), Field.of("birthDate", DATE), Field.required("region", REGION),
            Field.of("skills", TEXT_LIST), Field.of("interests", ENUM_LIST), Field.text("bio", PARAGRAPH, false, 4000),
            Field.required("availableFrom", DATE), Field.of("availableUntil", DATE), Field.of("workModes", ENUM_LIST),
            Field.of("groups", ENUM_LIST), Field.of("shareEnhancedEligibility", BOOL), Field.of("language", LANGUAGE),
            Field.of("owner", EMAIL));

    private Documents() {
    }

    static ObjectNode program(String key, String status, String scope) {
        return parse("""
                {"key": "%s", "name": "Hostile input test %s", "agency": "Agency", "regions": ["CA-ON"],
                 "kind": "%s", "scope": "%s", "summary": "A summary.\\nOn two lines.", "url": "https://example.org/p",
                 "status": "%s", "language": "en", "capacity": 10,
                 "intake": {"opens": "2020-01-01", "deadline": "2099-12-31"},
                 "employer": {"stages": ["SEED"], "minHeadcount": 1, "maxHeadcount": 500, "minCompanyAgeYears": 0,
                   "maxCompanyAgeYears": 50, "regions": ["CA"], "sectors": ["SOFTWARE"], "mustBeIncorporated": true,
                   "forProfitOnly": false},
                 "student": {"levels": ["BACHELOR"], "fields": ["COMPUTER_SCIENCE"], "enrolment": ["ENROLLED_FULL_TIME"],
                   "recentGradMonths": 6, "workStatus": ["CITIZEN"], "minAge": 16, "maxAge": 40, "regions": ["CA"]},
                 "placement": {"minWeeks": 8, "maxWeeks": 52, "minHoursPerWeek": 30.5, "earliestStart": "2020-01-01",
                   "latestStart": "2099-01-01"},
                 "funding": {"currency": "CAD", "wagePercent": 50, "capPerPlacement": 5000, "enhancedWagePercent": 70,
                   "enhancedCapPerPlacement": 7000, "enhancedGroups": ["INDIGENOUS"], "flatPerPlacement": null,
                   "maxAmount": 1000}}""".formatted(key, key, scope.equals("PLACEMENT") ? "WAGE_SUBSIDY" : "GRANT",
                scope, status));
    }

    static ObjectNode startup(String key, String openingKey) {
        ObjectNode startup = parse("""
                {"key": "%s", "name": "Hostile input startup", "description": "Builds things.\\nWell.",
                 "stage": "SEED", "region": "CA-ON", "city": "Waterloo", "sectors": ["SOFTWARE"], "headcount": 12,
                 "foundedOn": "2020-05-01", "incorporated": true, "forProfit": true}""".formatted(key));
        startup.putArray("openings").add(opening(openingKey));
        return startup;
    }

    static ObjectNode opening(String key) {
        return parse("""
                {"key": "%s", "title": "Hostile input co-op", "description": "Python and SQL.", "skills": ["python"],
                 "levels": ["BACHELOR"], "fields": ["COMPUTER_SCIENCE"], "startDate": "2098-05-03", "weeks": 16,
                 "hoursPerWeek": 37.5, "hourlyWage": 28.00, "workMode": "HYBRID", "positions": 1,
                 "language": "en"}""".formatted(key));
    }

    static ObjectNode student(String key, String email) {
        return parse("""
                {"key": "%s", "name": "Hostile Input", "email": "%s", "institution": "University",
                 "field": "COMPUTER_SCIENCE", "level": "BACHELOR", "enrolment": "ENROLLED_FULL_TIME",
                 "graduationDate": "2099-04-30", "workStatus": "CITIZEN", "birthDate": "2004-09-14", "region": "CA-ON",
                 "skills": ["python"], "interests": ["SOFTWARE"], "bio": "Likes robots.\\nAnd data.",
                 "availableFrom": "2098-05-01", "availableUntil": "2099-08-31", "workModes": ["HYBRID"],
                 "groups": ["INDIGENOUS"], "shareEnhancedEligibility": false, "language": "en"}""".formatted(key, email));
    }

    /** The opening's fields inside a startup document: {@code openings.0.title}. */
    static List<Field> openingInStartup() {
        return prefixed("openings.0.", OPENING);
    }

    static List<Field> prefixed(String prefix, List<Field> fields) {
        List<Field> out = new ArrayList<>();
        fields.forEach(f -> out.add(new Field(prefix + f.path(), f.kind(), f.required(), f.min(), f.max())));
        return out;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
