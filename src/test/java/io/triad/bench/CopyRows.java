package io.triad.bench;

import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.domain.StartupDoc;
import io.triad.domain.StudentDoc;
import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/** Rows in PostgreSQL's COPY text format, columns in {@link BaselineSql#COLUMNS} order; empty rule lists are NULL. */
final class CopyRows {
    private static final String NULL = "\\N";

    private CopyRows() {
    }

    static String student(StudentDoc t) {
        return row(t.key(), t.level(), t.field(), t.enrolment(), t.graduationDate(), t.workStatus(), t.birthDate(),
                t.region(), t.availableFrom(), t.availableUntil(), array(t.workModes()), array(t.groups()),
                array(t.skills()), array(t.interests()), t.bio(), t.shareEnhancedEligibility(), t.language());
    }

    static String startup(StartupDoc s) {
        return row(s.key(), s.stage(), s.region(), array(s.sectors()), s.headcount(), s.foundedOn(), s.incorporated(),
                s.forProfit());
    }

    static String opening(StartupDoc s, OpeningDoc o) {
        return row(o.key(), s.key(), o.title(), o.description(), array(o.skills()), rule(o.levels()), rule(o.fields()),
                o.startDate(), o.weeks(), o.hoursPerWeek(), o.hourlyWage(), o.workMode());
    }

    static String program(ProgramDoc p, long approved) {
        ProgramDoc.EmployerRules e = p.employer();
        ProgramDoc.StudentRules t = p.student();
        ProgramDoc.PlacementRules w = p.placement();
        ProgramDoc.Funding f = p.funding();
        return row(p.key(), p.status(), p.scope(), p.intake().opens(), p.intake().deadline(), p.capacity(), approved,
                rule(e.stages()), rule(e.regions()), rule(e.sectors()), e.minHeadcount(), e.maxHeadcount(),
                e.minCompanyAgeYears(), e.maxCompanyAgeYears(), Boolean.TRUE.equals(e.mustBeIncorporated()),
                Boolean.TRUE.equals(e.forProfitOnly()), rule(t.levels()), rule(t.fields()), rule(t.enrolment()),
                t.recentGradMonths(), rule(t.workStatus()), t.minAge(), t.maxAge(), rule(t.regions()), w.minWeeks(),
                w.maxWeeks(), w.minHoursPerWeek(), w.earliestStart(), w.latestStart(),
                f == null ? null : f.currency(), f == null ? null : f.wagePercent(),
                f == null ? null : f.capPerPlacement(), f == null ? null : f.enhancedWagePercent(),
                f == null ? null : f.enhancedCapPerPlacement(), f == null ? null : rule(f.enhancedGroups()),
                f == null ? null : f.flatPerPlacement(), f == null ? null : f.maxAmount());
    }

    /** A rule list: null or empty means no restriction, stored as NULL. */
    private static Raw rule(List<?> values) {
        return values == null || values.isEmpty() ? null : array(values);
    }

    /** An array literal {"a","b"}, each element quoted with " and \ escaped. */
    private static Raw array(List<?> values) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        for (Object v : values) {
            j.add('"' + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return new Raw(j.toString());
    }

    private record Raw(String literal) {
    }

    private static String row(Object... values) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                b.append(NULL);
            } else {
                String text = v instanceof Raw raw ? raw.literal()
                        : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
                escape(b, text);
            }
        }
        return b.append('\n').toString();
    }

    /** COPY text escapes: backslash, tab, newline, carriage return. */
    private static void escape(StringBuilder b, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
    }
}
