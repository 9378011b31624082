package io.triad.it;

/**
 * The documents the crash tests write. Every student fits the openings here (remote, from 2029-06-04 for 10 weeks,
 * no level or field rule) when it is available until {@link #FITS}, and not when it ends a day too early, so the
 * matches of an opening, read from the index, tell which students the index holds and in which version.
 */
final class CrashDocs {
    static final String AS_OF = "2029-01-01";
    static final String FITS = "2029-09-30";
    static final String ENDS_EARLY = "2029-08-11";

    private CrashDocs() {
    }

    static String startup(String key, String opening, String name) {
        return """
                {"key": "%s", "name": "%s", "stage": "SEED", "region": "CA-ON", "headcount": 3,
                 "foundedOn": "2022-01-01", "incorporated": true, "forProfit": true, "openings": [
                 {"key": "%s", "title": "Remote tester %s", "skills": ["testing"], "startDate": "2029-06-04",
                  "weeks": 10, "hoursPerWeek": 30, "hourlyWage": 20, "workMode": "REMOTE"}]}""".formatted(key, name, opening, name);
    }

    static String student(String key, String name, String availableUntil) {
        return """
                {"key": "%s", "name": "%s", "email": "%s@example.org", "field": "ENGINEERING",
                 "level": "COLLEGE", "enrolment": "ENROLLED_PART_TIME", "region": "CA-NS", "skills": ["testing"],
                 "bio": "Tests things carefully.", "availableFrom": "2029-05-01", "availableUntil": "%s"}"""
                .formatted(key, name, key, availableUntil);
    }

    static String program(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "kind": "GRANT", "scope": "COMPANY", "intake": {"deadline": "2030-12-31"},
                 "funding": {"currency": "CAD", "maxAmount": 1000}}""".formatted(key, name);
    }

    /** One import: a program, a startup with its opening {@code <prefix>-op}, and {@code students} students who fit it. */
    static String largeImport(String prefix, int students) {
        StringBuilder doc = new StringBuilder(students * 400).append("{\"programs\": [")
                .append(program(prefix + "-program", "Imported " + prefix)).append("], \"startups\": [")
                .append(startup(prefix + "-startup", prefix + "-op", "Imported " + prefix)).append("], \"students\": [");
        for (int i = 0; i < students; i++) {
            doc.append(i == 0 ? "" : ",\n").append(student(prefix + "-s" + i, "Student " + i, FITS));
        }
        return doc.append("]}").toString();
    }
}
