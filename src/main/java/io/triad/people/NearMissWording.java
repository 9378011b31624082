package io.triad.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.domain.Enrolment;
import io.triad.domain.FieldOfStudy;
import io.triad.domain.Level;
import io.triad.domain.Scope;
import io.triad.domain.Sector;
import io.triad.domain.Stage;
import io.triad.domain.WorkMode;
import io.triad.domain.WorkStatus;
import io.triad.matching.Failure;
import io.triad.matching.Failure.Kind;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A near miss's rule in the reader's words, written from the failure's data: a bound {@code AT_LEAST 2027-05-01}
 * reads "on or after May 1, 2027", {@code ONE_OF [SEED, SERIES_A]} "Seed or Series A", a region "Ontario".
 */
public final class NearMissWording {

    /** One failed rule as a page shows it; {@code have} is null when the value was not given. */
    public record Rule(String rule, String need, String have) {
    }

    private final PeopleLabels labels;
    private final Locale locale;

    private NearMissWording(PeopleLabels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    public static NearMissWording of(Locale locale) {
        boolean french = isFrench(locale);
        return new NearMissWording(labels(locale), french ? Locale.CANADA_FRENCH : Locale.CANADA);
    }

    static PeopleLabels labels(Locale locale) {
        return isFrench(locale) ? MessageBundles.get(PeopleLabels.class, Localized.Literal.of("fr"))
                : MessageBundles.get(PeopleLabels.class);
    }

    private static boolean isFrench(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage());
    }

    public List<Rule> rules(List<Failure> failed) {
        return failed.stream().map(this::rule).toList();
    }

    public Rule rule(Failure f) {
        return new Rule(f.rule(), need(f), f.have() == null ? null : have(f));
    }

    private String need(Failure f) {
        Object first = f.need().get(0);
        return switch (f.kind()) {
            case AT_LEAST -> first instanceof LocalDate ? labels.miss_on_or_after(value(first))
                    : labels.miss_at_least(value(first));
            case AT_MOST -> first instanceof LocalDate ? labels.miss_on_or_before(value(first))
                    : labels.miss_at_most(value(first));
            case LESS_THAN -> labels.miss_fewer_than(value(first));
            case ONE_OF, ANY_OF, REGION -> either(values(f.kind(), f.need()));
            case IS -> value(first);
            case AVAILABILITY -> labels.miss_available(value(first), value(f.need().get(1)));
        };
    }

    private String have(Failure f) {
        List<?> have = f.have();
        if (f.kind() == Kind.AVAILABILITY) {
            return have.size() > 1 ? labels.miss_available(value(have.get(0)), value(have.get(1)))
                    : labels.miss_available_from(value(have.get(0)));
        }
        return String.join(", ", values(f.kind(), have));
    }

    /** The values of a failure in words; the strings of a region rule are region codes. */
    private List<String> values(Kind kind, List<?> values) {
        return values.stream().map(v -> kind == Kind.REGION ? labels.region(String.valueOf(v)) : value(v)).toList();
    }

    /** "A", "A or B", "A, B or C". */
    private String either(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return labels.miss_or(String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /** A date, number, flag or constant written the reader's way. */
    private String value(Object v) {
        if (v instanceof LocalDate date) {
            return PeopleViews.date(date, locale);
        }
        if (v instanceof Number number) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        if (v instanceof Boolean flag) {
            return labels.miss_flag(flag);
        }
        return v instanceof Enum<?> constant ? label(constant) : String.valueOf(v);
    }

    private String label(Enum<?> constant) {
        String name = constant.name();
        if (constant instanceof Stage) {
            return labels.stage(name);
        } else if (constant instanceof Sector) {
            return labels.sector(name);
        } else if (constant instanceof Level) {
            return labels.level(name);
        } else if (constant instanceof FieldOfStudy) {
            return labels.study_field(name);
        } else if (constant instanceof Enrolment) {
            return labels.enrolment(name);
        } else if (constant instanceof WorkStatus) {
            return labels.work_status(name);
        } else if (constant instanceof WorkMode) {
            return labels.work_mode(name);
        } else if (constant instanceof Scope) {
            return labels.miss_scope(name);
        }
        return name;
    }
}
