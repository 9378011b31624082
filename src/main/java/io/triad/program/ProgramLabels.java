package io.triad.program;

import io.triad.domain.Enrolment;
import io.triad.domain.EquityGroup;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;

/** The words for DATA.md's enumeration values, from the program message bundle. */
public final class ProgramLabels {
    private ProgramLabels() {
    }

    public static String of(ProgramMessages m, Enum<?> value) {
        if (value instanceof ProgramKind k) {
            return kind(m, k);
        } else if (value instanceof Scope s) {
            return s == Scope.PLACEMENT ? m.scope_PLACEMENT() : m.scope_COMPANY();
        } else if (value instanceof ProgramStatus s) {
            return s == ProgramStatus.PUBLISHED ? m.status_PUBLISHED() : s == ProgramStatus.DRAFT ? m.status_DRAFT() : m.status_CLOSED();
        } else if (value instanceof Stage s) {
            return stage(m, s);
        } else if (value instanceof Sector s) {
            return sector(m, s);
        } else if (value instanceof Level l) {
            return level(m, l);
        } else if (value instanceof FieldOfStudy f) {
            return field(m, f);
        } else if (value instanceof Enrolment e) {
            return enrolment(m, e);
        } else if (value instanceof WorkStatus w) {
            return workStatus(m, w);
        } else if (value instanceof EquityGroup g) {
            return group(m, g);
        } else if (value instanceof WorkMode w) {
            return w == WorkMode.ONSITE ? m.mode_ONSITE() : w == WorkMode.HYBRID ? m.mode_HYBRID() : m.mode_REMOTE();
        }
        return value.name();
    }

    private static String kind(ProgramMessages m, ProgramKind k) {
        return switch (k) {
            case WAGE_SUBSIDY -> m.kind_WAGE_SUBSIDY();
            case TAX_CREDIT -> m.kind_TAX_CREDIT();
            case INTERNSHIP_GRANT -> m.kind_INTERNSHIP_GRANT();
            case GRANT -> m.kind_GRANT();
            case LOAN -> m.kind_LOAN();
            case VOUCHER -> m.kind_VOUCHER();
        };
    }

    private static String stage(ProgramMessages m, Stage s) {
        return switch (s) {
            case IDEA -> m.stage_IDEA();
            case PRE_SEED -> m.stage_PRE_SEED();
            case SEED -> m.stage_SEED();
            case SERIES_A -> m.stage_SERIES_A();
            case GROWTH -> m.stage_GROWTH();
        };
    }

    private static String sector(ProgramMessages m, Sector s) {
        return switch (s) {
            case SOFTWARE -> m.sector_SOFTWARE();
            case HARDWARE -> m.sector_HARDWARE();
            case CLEANTECH -> m.sector_CLEANTECH();
            case LIFE_SCIENCES -> m.sector_LIFE_SCIENCES();
            case FINTECH -> m.sector_FINTECH();
            case AGRIFOOD -> m.sector_AGRIFOOD();
            case ADVANCED_MANUFACTURING -> m.sector_ADVANCED_MANUFACTURING();
            case MEDIA -> m.sector_MEDIA();
            case EDUCATION -> m.sector_EDUCATION();
            case SOCIAL_IMPACT -> m.sector_SOCIAL_IMPACT();
            case OTHER -> m.sector_OTHER();
        };
    }

    private static String level(ProgramMessages m, Level l) {
        return switch (l) {
            case COLLEGE -> m.level_COLLEGE();
            case BACHELOR -> m.level_BACHELOR();
            case MASTER -> m.level_MASTER();
            case PHD -> m.level_PHD();
        };
    }

    private static String field(ProgramMessages m, FieldOfStudy f) {
        return switch (f) {
            case COMPUTER_SCIENCE -> m.field_COMPUTER_SCIENCE();
            case ENGINEERING -> m.field_ENGINEERING();
            case MATHEMATICS_STATISTICS -> m.field_MATHEMATICS_STATISTICS();
            case NATURAL_SCIENCES -> m.field_NATURAL_SCIENCES();
            case HEALTH_SCIENCES -> m.field_HEALTH_SCIENCES();
            case BUSINESS -> m.field_BUSINESS();
            case DESIGN_ARTS -> m.field_DESIGN_ARTS();
            case SOCIAL_SCIENCES_HUMANITIES -> m.field_SOCIAL_SCIENCES_HUMANITIES();
            case TRADES -> m.field_TRADES();
            case OTHER -> m.field_OTHER();
        };
    }

    private static String enrolment(ProgramMessages m, Enrolment e) {
        return switch (e) {
            case ENROLLED_FULL_TIME -> m.enrolment_ENROLLED_FULL_TIME();
            case ENROLLED_PART_TIME -> m.enrolment_ENROLLED_PART_TIME();
            case GRADUATED -> m.enrolment_GRADUATED();
            case NOT_ENROLLED -> m.enrolment_NOT_ENROLLED();
        };
    }

    private static String workStatus(ProgramMessages m, WorkStatus w) {
        return switch (w) {
            case CITIZEN -> m.work_CITIZEN();
            case PERMANENT_RESIDENT -> m.work_PERMANENT_RESIDENT();
            case PROTECTED_PERSON -> m.work_PROTECTED_PERSON();
            case INTERNATIONAL -> m.work_INTERNATIONAL();
        };
    }

    private static String group(ProgramMessages m, EquityGroup g) {
        return switch (g) {
            case WOMAN_IN_STEM -> m.group_WOMAN_IN_STEM();
            case INDIGENOUS -> m.group_INDIGENOUS();
            case PERSON_WITH_DISABILITY -> m.group_PERSON_WITH_DISABILITY();
            case NEWCOMER -> m.group_NEWCOMER();
            case VISIBLE_MINORITY -> m.group_VISIBLE_MINORITY();
            case FIRST_YEAR_STUDENT -> m.group_FIRST_YEAR_STUDENT();
        };
    }
}
