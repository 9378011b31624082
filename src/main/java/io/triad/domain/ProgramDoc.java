package io.triad.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A program exactly as DATA.md describes it: the import document, the API body and the engine's input.
 * Null and empty rule lists both mean "no restriction".
 */
@JsonPropertyOrder({"key", "name", "agency", "regions", "kind", "scope", "summary", "url", "status", "language",
        "intake", "capacity", "employer", "student", "placement", "funding", "owner", "nameFr", "summaryFr"})
public record ProgramDoc(String key, String name, String agency, List<String> regions, ProgramKind kind,
        Scope scope, String summary, String url, ProgramStatus status, String language, Intake intake,
        Integer capacity, EmployerRules employer, StudentRules student, PlacementRules placement,
        Funding funding, @JsonInclude(JsonInclude.Include.NON_NULL) String owner,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nameFr,
        @JsonInclude(JsonInclude.Include.NON_NULL) String summaryFr) {

    public ProgramDoc {
        status = status == null ? ProgramStatus.PUBLISHED : status;
        language = language == null ? "en" : language;
        intake = intake == null ? new Intake(null, null) : intake;
        employer = employer == null ? EmployerRules.NONE : employer;
        student = student == null ? StudentRules.NONE : student;
        placement = placement == null ? PlacementRules.NONE : placement;
    }

    /** A program without French versions of its name and summary (both optional). */
    public ProgramDoc(String key, String name, String agency, List<String> regions, ProgramKind kind,
            Scope scope, String summary, String url, ProgramStatus status, String language, Intake intake,
            Integer capacity, EmployerRules employer, StudentRules student, PlacementRules placement,
            Funding funding, String owner) {
        this(key, name, agency, regions, kind, scope, summary, url, status, language, intake, capacity, employer,
                student, placement, funding, owner, null, null);
    }

    public ProgramDoc withOwner(String newOwner) {
        return new ProgramDoc(key, name, agency, regions, kind, scope, summary, url, status, language, intake,
                capacity, employer, student, placement, funding, newOwner, nameFr, summaryFr);
    }

    public ProgramDoc withStatus(ProgramStatus newStatus) {
        return new ProgramDoc(key, name, agency, regions, kind, scope, summary, url, newStatus, language, intake,
                capacity, employer, student, placement, funding, owner, nameFr, summaryFr);
    }

    /** Whether a reader of {@code lang} reads {@code french}, a program text's French version: one rule for all. */
    public static boolean readsFrench(String lang, String french) {
        return "fr".equals(lang) && french != null && !french.isBlank();
    }

    /** {@code french} for a reader of {@code lang} who reads it (see {@link #readsFrench}), else {@code english}. */
    public static String localized(String lang, String english, String french) {
        return readsFrench(lang, french) ? french : english;
    }

    /** The name a reader of {@code lang} sees: the French one on French pages when the program has one. */
    public String nameIn(String lang) {
        return localized(lang, name, nameFr);
    }

    /** As {@link #nameIn(String)}, for a locale. */
    public String nameFor(java.util.Locale locale) {
        return nameIn(locale == null ? null : locale.getLanguage());
    }

    /** The summary a reader of {@code lang} sees, falling back to the summary (null when neither exists). */
    public String summaryIn(String lang) {
        return localized(lang, summary, summaryFr);
    }

    /** The language the name shown to a reader of {@code lang} is written in. */
    public String nameLanguage(String lang) {
        return readsFrench(lang, nameFr) ? "fr" : language;
    }

    public record Intake(LocalDate opens, LocalDate deadline) {
    }

    public record EmployerRules(List<Stage> stages, Integer minHeadcount, Integer maxHeadcount,
            Integer minCompanyAgeYears, Integer maxCompanyAgeYears, List<String> regions, List<Sector> sectors,
            Boolean mustBeIncorporated, Boolean forProfitOnly) {
        public static final EmployerRules NONE = new EmployerRules(null, null, null, null, null, null, null, null, null);
    }

    public record StudentRules(List<Level> levels, List<FieldOfStudy> fields, List<Enrolment> enrolment,
            Integer recentGradMonths, List<WorkStatus> workStatus, Integer minAge, Integer maxAge,
            List<String> regions) {
        public static final StudentRules NONE = new StudentRules(null, null, null, null, null, null, null, null);
    }

    public record PlacementRules(Integer minWeeks, Integer maxWeeks, BigDecimal minHoursPerWeek,
            LocalDate earliestStart, LocalDate latestStart) {
        public static final PlacementRules NONE = new PlacementRules(null, null, null, null, null);
    }

    /**
     * The funding terms. WORKFLOW.md adds {@code budget} (the program's total for placements in its currency; null:
     * no limit) and {@code stackable} (default true; false: a placement holding an approved application of this
     * program can have no other approved application, and the reverse).
     */
    public record Funding(String currency, BigDecimal wagePercent, BigDecimal capPerPlacement,
            BigDecimal enhancedWagePercent, BigDecimal enhancedCapPerPlacement, List<EquityGroup> enhancedGroups,
            BigDecimal flatPerPlacement, BigDecimal maxAmount, BigDecimal budget, Boolean stackable) {

        public Funding {
            stackable = stackable == null || stackable;
        }

        /** The terms without a budget, stackable: what DATA.md described before WORKFLOW.md. */
        public Funding(String currency, BigDecimal wagePercent, BigDecimal capPerPlacement,
                BigDecimal enhancedWagePercent, BigDecimal enhancedCapPerPlacement, List<EquityGroup> enhancedGroups,
                BigDecimal flatPerPlacement, BigDecimal maxAmount) {
            this(currency, wagePercent, capPerPlacement, enhancedWagePercent, enhancedCapPerPlacement, enhancedGroups,
                    flatPerPlacement, maxAmount, null, true);
        }
    }
}
