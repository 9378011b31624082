package io.triad.domain.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.domain.EquityGroup;
import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The validation table of DATA.md, one method per entity; each adds every violation it finds. */
final class DocumentRules {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_COUNT = Integer.MAX_VALUE;

    private DocumentRules() {
    }

    static void program(JsonNode node, String path, List<Violation> out) {
        Checker c = Checker.object(node, path, out, Set.of("key", "name", "agency", "regions", "kind", "scope",
                "summary", "url", "status", "language", "intake", "capacity", "employer", "student", "placement",
                "funding", "owner", "nameFr", "summaryFr"));
        if (c == null) {
            return;
        }
        c.key("key");
        c.text("name", true, 200);
        c.text("nameFr", false, 200);
        c.text("agency", false, 200);
        c.regionList("regions");
        c.enumValue("kind", true, ProgramKind.class);
        c.enumValue("scope", true, Scope.class);
        c.paragraph("summary", false, 4000);
        c.paragraph("summaryFr", false, 4000);
        c.url("url");
        c.enumValue("status", false, ProgramStatus.class);
        c.language("language");
        c.integer("capacity", false, 0, MAX_COUNT);
        c.email("owner", false);
        Checker intake = c.nested("intake", Set.of("opens", "deadline"));
        if (intake != null) {
            intake.ordered("intake.opens", intake.date("opens", false), "deadline", intake.date("deadline", false));
        }
        employer(c.nested("employer", Set.of("stages", "minHeadcount", "maxHeadcount", "minCompanyAgeYears",
                "maxCompanyAgeYears", "regions", "sectors", "mustBeIncorporated", "forProfitOnly")));
        student(c.nested("student", Set.of("levels", "fields", "enrolment", "recentGradMonths", "workStatus",
                "minAge", "maxAge", "regions")));
        placement(c.nested("placement", Set.of("minWeeks", "maxWeeks", "minHoursPerWeek", "earliestStart",
                "latestStart")));
        Checker funding = c.nested("funding", Set.of("currency", "wagePercent", "capPerPlacement",
                "enhancedWagePercent", "enhancedCapPerPlacement", "enhancedGroups", "flatPerPlacement", "maxAmount",
                "budget", "stackable"));
        if (funding == null) {
            if (!node.has("funding") || node.get("funding").isNull()) {
                c.fail("funding.currency", ViolationCode.REQUIRED);
            }
        } else {
            funding(funding);
            workflowFunding(funding);
        }
    }

    private static void employer(Checker e) {
        if (e == null) {
            return;
        }
        e.enumList("stages", Stage.class);
        e.ordered("employer.minHeadcount", e.integer("minHeadcount", false, 0, MAX_COUNT),
                "maxHeadcount", e.integer("maxHeadcount", false, 0, MAX_COUNT));
        e.ordered("employer.minCompanyAgeYears", e.integer("minCompanyAgeYears", false, 0, 1000),
                "maxCompanyAgeYears", e.integer("maxCompanyAgeYears", false, 0, 1000));
        e.regionList("regions");
        e.enumList("sectors", Sector.class);
        e.bool("mustBeIncorporated", false);
        e.bool("forProfitOnly", false);
    }

    private static void student(Checker s) {
        if (s == null) {
            return;
        }
        s.enumList("levels", Level.class);
        s.enumList("fields", FieldOfStudy.class);
        s.enumList("enrolment", Enrolment.class);
        s.integer("recentGradMonths", false, 0, 1200);
        s.enumList("workStatus", WorkStatus.class);
        s.ordered("student.minAge", s.integer("minAge", false, 0, 150), "maxAge", s.integer("maxAge", false, 0, 150));
        s.regionList("regions");
    }

    private static void placement(Checker p) {
        if (p == null) {
            return;
        }
        p.ordered("placement.minWeeks", p.integer("minWeeks", false, 0, 1000),
                "maxWeeks", p.integer("maxWeeks", false, 0, 1000));
        p.number("minHoursPerWeek", false, ZERO, BigDecimal.valueOf(168));
        p.ordered("placement.earliestStart", p.date("earliestStart", false),
                "latestStart", p.date("latestStart", false));
    }

    private static void funding(Checker f) {
        f.currency("currency", true);
        f.number("wagePercent", false, ZERO, HUNDRED);
        f.number("capPerPlacement", false, ZERO, null);
        f.number("enhancedWagePercent", false, ZERO, HUNDRED);
        f.number("enhancedCapPerPlacement", false, ZERO, null);
        f.enumList("enhancedGroups", EquityGroup.class);
        f.number("flatPerPlacement", false, ZERO, null);
        f.number("maxAmount", false, ZERO, null);
    }

    /** WORKFLOW.md's additions to the funding terms: the budget for placements and whether it stacks. */
    private static void workflowFunding(Checker f) {
        f.number("budget", false, ZERO, null);
        f.bool("stackable", false);
    }

    static void startup(JsonNode node, String path, List<Violation> out, LocalDate today) {
        Checker c = Checker.object(node, path, out, Set.of("key", "name", "description", "stage", "region", "city",
                "sectors", "headcount", "foundedOn", "incorporated", "forProfit", "openings", "owner"));
        if (c == null) {
            return;
        }
        c.key("key");
        c.text("name", true, 200);
        c.paragraph("description", false, 4000);
        c.enumValue("stage", true, Stage.class);
        c.region("region", true);
        c.text("city", false, 100);
        c.enumList("sectors", Sector.class);
        c.integer("headcount", true, 1, 10_000_000);
        c.check("foundedOn", c.date("foundedOn", true), d -> !((LocalDate) d).isAfter(today), ViolationCode.NOT_FUTURE);
        c.bool("incorporated", true);
        c.bool("forProfit", true);
        c.email("owner", false);
        JsonNode openings = node.get("openings");
        if (openings != null && !openings.isNull()) {
            if (!openings.isArray()) {
                c.fail("openings", ViolationCode.ARRAY);
            } else {
                for (int i = 0; i < openings.size(); i++) {
                    opening(openings.get(i), c.at("openings") + "[" + i + "]", out);
                }
            }
        }
    }

    static void opening(JsonNode node, String path, List<Violation> out) {
        Checker c = Checker.object(node, path, out, Set.of("key", "title", "description", "skills", "levels",
                "fields", "startDate", "weeks", "hoursPerWeek", "hourlyWage", "workMode", "positions", "language",
                "currency"));
        if (c == null) {
            return;
        }
        c.key("key");
        c.text("title", true, 200);
        c.paragraph("description", false, 4000);
        c.textList("skills", 50, 60);
        c.enumList("levels", Level.class);
        c.enumList("fields", FieldOfStudy.class);
        c.date("startDate", true);
        c.integer("weeks", true, 1, 104);
        c.number("hoursPerWeek", true, BigDecimal.ONE, BigDecimal.valueOf(80));
        c.number("hourlyWage", true, ZERO, BigDecimal.valueOf(10_000));
        c.enumValue("workMode", true, WorkMode.class);
        c.integer("positions", false, 1, 10_000);
        c.language("language");
        openingCurrency(c);
    }

    /** WORKFLOW.md: an opening's wage is in its currency, CAD when left out. */
    private static void openingCurrency(Checker c) {
        c.currency("currency", false);
    }

    static void student(JsonNode node, String path, List<Violation> out, LocalDate today) {
        Checker c = Checker.object(node, path, out, Set.of("key", "name", "email", "institution", "field", "level",
                "enrolment", "graduationDate", "workStatus", "birthDate", "region", "skills", "interests", "bio",
                "availableFrom", "availableUntil", "workModes", "groups", "shareEnhancedEligibility", "language",
                "owner"));
        if (c == null) {
            return;
        }
        c.key("key");
        c.text("name", true, 200);
        c.email("email", true);
        c.text("institution", false, 200);
        c.enumValue("field", true, FieldOfStudy.class);
        c.enumValue("level", true, Level.class);
        Enrolment enrolment = c.enumValue("enrolment", true, Enrolment.class);
        LocalDate graduation = c.date("graduationDate", false);
        if (enrolment == Enrolment.GRADUATED && graduation == null && !c.violations().stream()
                .anyMatch(v -> v.field().equals(c.at("graduationDate")))) {
            c.fail("graduationDate", ViolationCode.GRADUATION_REQUIRED);
        }
        c.enumValue("workStatus", false, WorkStatus.class);
        c.check("birthDate", c.date("birthDate", false), d -> ((LocalDate) d).isBefore(today), ViolationCode.PAST);
        c.region("region", true);
        c.textList("skills", 50, 60);
        c.enumList("interests", Sector.class);
        c.paragraph("bio", false, 4000);
        c.ordered("availableFrom", c.date("availableFrom", true), "availableUntil", c.date("availableUntil", false));
        c.enumList("workModes", WorkMode.class);
        c.enumList("groups", EquityGroup.class);
        c.bool("shareEnhancedEligibility", false);
        c.language("language");
        c.email("owner", false);
    }
}
