package io.triad.program.admin;

import static io.triad.program.admin.RuleFields.Kind.CHECKS;
import static io.triad.program.admin.RuleFields.Kind.CHOICE;
import static io.triad.program.admin.RuleFields.Kind.CURRENCY;
import static io.triad.program.admin.RuleFields.Kind.DATE;
import static io.triad.program.admin.RuleFields.Kind.DECIMAL;
import static io.triad.program.admin.RuleFields.Kind.FLAG;
import static io.triad.program.admin.RuleFields.Kind.KEY;
import static io.triad.program.admin.RuleFields.Kind.LANGUAGE;
import static io.triad.program.admin.RuleFields.Kind.MONEY;
import static io.triad.program.admin.RuleFields.Kind.PERCENT;
import static io.triad.program.admin.RuleFields.Kind.REGIONS;
import static io.triad.program.admin.RuleFields.Kind.TEXT;
import static io.triad.program.admin.RuleFields.Kind.TEXTAREA;
import static io.triad.program.admin.RuleFields.Kind.URL;
import static io.triad.program.admin.RuleFields.Kind.WHOLE;

import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.ProgramKind;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkStatus;
import io.triad.program.ProgramMessages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rule builder's fields: every property of a DATA.md program, named by its path in the document
 * (which is also the form field's name and the path of a validation violation), grouped as DATA.md groups rules.
 */
final class RuleFields {
    private RuleFields() {
    }

    /** YES_NO: a yes/no choice whose empty answer means the document's default (unlike FLAG, false is kept). */
    enum Kind { KEY, TEXT, TEXTAREA, URL, LANGUAGE, CHOICE, CHECKS, REGIONS, WHOLE, DECIMAL, PERCENT, MONEY, DATE, FLAG, CURRENCY,
        YES_NO }

    record Spec(String name, Kind kind, Class<? extends Enum<?>> type, Function<ProgramMessages, String> label,
            Function<ProgramMessages, String> hint) {

        String id() {
            return name.replace('.', '-');
        }

        boolean numeric() {
            return kind == WHOLE || kind == DECIMAL || kind == PERCENT || kind == MONEY;
        }
    }

    record Section(String id, Function<ProgramMessages, String> legend, List<Spec> specs) {
        /** Student and placement rules only bind programs that pay for placements. */
        boolean placementOnly() {
            return id.equals("student") || id.equals("placement");
        }
    }

    static final List<Section> SECTIONS = List.of(
            new Section("identity", ProgramMessages::group_identity, List.of(
                    spec("key", KEY, ProgramMessages::f_key, ProgramMessages::hint_key),
                    spec("name", TEXT, ProgramMessages::f_name, null),
                    spec("nameFr", TEXT, ProgramMessages::f_nameFr, ProgramMessages::hint_french),
                    spec("agency", TEXT, ProgramMessages::f_agency, null),
                    spec("regions", REGIONS, ProgramMessages::f_regions, ProgramMessages::hint_regions),
                    list("kind", CHOICE, ProgramKind.class, ProgramMessages::f_kind),
                    list("scope", CHOICE, Scope.class, ProgramMessages::f_scope),
                    spec("summary", TEXTAREA, ProgramMessages::f_summary, null),
                    spec("summaryFr", TEXTAREA, ProgramMessages::f_summaryFr, ProgramMessages::hint_french),
                    spec("url", URL, ProgramMessages::f_url, null),
                    spec("language", LANGUAGE, ProgramMessages::f_language, null))),
            new Section("intake", ProgramMessages::group_intake, List.of(
                    spec("intake.opens", DATE, ProgramMessages::f_intake_opens, null),
                    spec("intake.deadline", DATE, ProgramMessages::f_intake_deadline, null),
                    spec("capacity", WHOLE, ProgramMessages::f_capacity, ProgramMessages::hint_capacity))),
            new Section("employer", ProgramMessages::group_employer, List.of(
                    list("employer.stages", CHECKS, Stage.class, ProgramMessages::f_employer_stages),
                    spec("employer.minHeadcount", WHOLE, ProgramMessages::f_employer_minHeadcount, null),
                    spec("employer.maxHeadcount", WHOLE, ProgramMessages::f_employer_maxHeadcount, null),
                    spec("employer.minCompanyAgeYears", WHOLE, ProgramMessages::f_employer_minCompanyAgeYears, null),
                    spec("employer.maxCompanyAgeYears", WHOLE, ProgramMessages::f_employer_maxCompanyAgeYears, null),
                    spec("employer.regions", REGIONS, ProgramMessages::f_employer_regions, ProgramMessages::hint_regions),
                    list("employer.sectors", CHECKS, Sector.class, ProgramMessages::f_employer_sectors),
                    spec("employer.mustBeIncorporated", FLAG, ProgramMessages::f_employer_mustBeIncorporated, null),
                    spec("employer.forProfitOnly", FLAG, ProgramMessages::f_employer_forProfitOnly, null))),
            new Section("student", ProgramMessages::group_student, List.of(
                    list("student.levels", CHECKS, Level.class, ProgramMessages::f_student_levels),
                    list("student.fields", CHECKS, FieldOfStudy.class, ProgramMessages::f_student_fields),
                    list("student.enrolment", CHECKS, Enrolment.class, ProgramMessages::f_student_enrolment),
                    spec("student.recentGradMonths", WHOLE, ProgramMessages::f_student_recentGradMonths, ProgramMessages::hint_recent_grad),
                    list("student.workStatus", CHECKS, WorkStatus.class, ProgramMessages::f_student_workStatus),
                    spec("student.minAge", WHOLE, ProgramMessages::f_student_minAge, null),
                    spec("student.maxAge", WHOLE, ProgramMessages::f_student_maxAge, null),
                    spec("student.regions", REGIONS, ProgramMessages::f_student_regions, ProgramMessages::hint_regions))),
            new Section("placement", ProgramMessages::group_placement, List.of(
                    spec("placement.minWeeks", WHOLE, ProgramMessages::f_placement_minWeeks, null),
                    spec("placement.maxWeeks", WHOLE, ProgramMessages::f_placement_maxWeeks, null),
                    spec("placement.minHoursPerWeek", DECIMAL, ProgramMessages::f_placement_minHoursPerWeek, null),
                    spec("placement.earliestStart", DATE, ProgramMessages::f_placement_earliestStart, null),
                    spec("placement.latestStart", DATE, ProgramMessages::f_placement_latestStart, null))),
            new Section("funding", ProgramMessages::group_funding, List.of(
                    spec("funding.currency", CURRENCY, ProgramMessages::f_funding_currency, ProgramMessages::hint_currency),
                    spec("funding.wagePercent", PERCENT, ProgramMessages::f_funding_wagePercent, ProgramMessages::hint_percent),
                    spec("funding.capPerPlacement", MONEY, ProgramMessages::f_funding_capPerPlacement, null),
                    spec("funding.enhancedWagePercent", PERCENT, ProgramMessages::f_funding_enhancedWagePercent, ProgramMessages::hint_enhanced),
                    spec("funding.enhancedCapPerPlacement", MONEY, ProgramMessages::f_funding_enhancedCapPerPlacement, ProgramMessages::hint_enhanced),
                    list("funding.enhancedGroups", CHECKS, EquityGroup.class, ProgramMessages::f_funding_enhancedGroups),
                    spec("funding.flatPerPlacement", MONEY, ProgramMessages::f_funding_flatPerPlacement, ProgramMessages::hint_flat),
                    spec("funding.maxAmount", MONEY, ProgramMessages::f_funding_maxAmount, ProgramMessages::hint_max_amount),
                    spec("funding.budget", MONEY, ProgramMessages::f_funding_budget, ProgramMessages::hint_budget),
                    spec("funding.stackable", Kind.YES_NO, ProgramMessages::f_funding_stackable, null))));

    static List<Spec> all() {
        return SECTIONS.stream().flatMap(s -> s.specs().stream()).toList();
    }

    static Optional<Spec> byName(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static Spec spec(String name, Kind kind, Function<ProgramMessages, String> label,
            Function<ProgramMessages, String> hint) {
        return new Spec(name, kind, null, label, hint);
    }

    private static Spec list(String name, Kind kind, Class<? extends Enum<?>> type, Function<ProgramMessages, String> label) {
        return new Spec(name, kind, type, label, kind == CHECKS ? ProgramMessages::hint_list : null);
    }
}
