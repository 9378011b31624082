package io.triad.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An opening of a startup, as DATA.md describes it; {@code currency} (WORKFLOW.md, default CAD) is its wage's, and
 * all of a placement's money is in it.
 */
public record OpeningDoc(String key, String title, String description, List<String> skills, List<Level> levels,
        List<FieldOfStudy> fields, LocalDate startDate, int weeks, BigDecimal hoursPerWeek, BigDecimal hourlyWage,
        WorkMode workMode, Integer positions, String language, String currency) {

    public static final String DEFAULT_CURRENCY = "CAD";

    public OpeningDoc {
        skills = skills == null ? List.of() : skills;
        positions = positions == null ? 1 : positions;
        language = language == null ? "en" : language;
        currency = currency == null ? DEFAULT_CURRENCY : currency;
    }

    /** An opening paid in the default currency. */
    public OpeningDoc(String key, String title, String description, List<String> skills, List<Level> levels,
            List<FieldOfStudy> fields, LocalDate startDate, int weeks, BigDecimal hoursPerWeek, BigDecimal hourlyWage,
            WorkMode workMode, Integer positions, String language) {
        this(key, title, description, skills, levels, fields, startDate, weeks, hoursPerWeek, hourlyWage, workMode,
                positions, language, null);
    }

    /** The placement's last day: {@code startDate + 7 * weeks - 1} days. */
    public LocalDate lastDay() {
        return startDate.plusDays(7L * weeks - 1);
    }
}
