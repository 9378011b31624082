package io.triad.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.matching.Failure;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A near miss's rule in the reader's words: the engine spells {@code need} and {@code have} as API.md does
 * ({@code ">= 2027-05-01"}, {@code "one of SEED, SERIES_A"}, {@code "region CA-ON"}); pages say "on or after
 * May 1, 2027", "Seed or Series A", "Ontario".
 */
public final class NearMissWording {
    private static final Pattern AVAILABILITY_NEED = Pattern.compile("from <= (\\S+), until >= (\\S+)");
    private static final Pattern AVAILABILITY_HAVE = Pattern.compile("from (\\S+)(?:, until (\\S+))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

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
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        return new NearMissWording(french ? MessageBundles.get(PeopleLabels.class, Localized.Literal.of("fr"))
                : MessageBundles.get(PeopleLabels.class), french ? Locale.CANADA_FRENCH : Locale.CANADA);
    }

    public List<Rule> rules(List<Failure> failed) {
        return failed.stream().map(this::rule).toList();
    }

    public Rule rule(Failure f) {
        return new Rule(f.rule(), need(f.rule(), f.need()), f.have() == null ? null : have(f.rule(), f.have()));
    }

    private String need(String rule, String need) {
        Matcher availability = AVAILABILITY_NEED.matcher(need);
        if (availability.matches()) {
            return labels.miss_available(value(availability.group(1)), value(availability.group(2)));
        }
        if ("scope".equals(rule)) {
            return labels.miss_scope(need);
        }
        if (need.startsWith(">= ")) {
            String v = need.substring(3);
            return isDate(v) ? labels.miss_on_or_after(value(v)) : labels.miss_at_least(value(v));
        }
        if (need.startsWith("<= ")) {
            String v = need.substring(3);
            return isDate(v) ? labels.miss_on_or_before(value(v)) : labels.miss_at_most(value(v));
        }
        if (need.startsWith("< ")) {
            return labels.miss_fewer_than(value(need.substring(2)));
        }
        for (String prefix : List.of("one of ", "any of ", "region ")) {
            if (need.startsWith(prefix)) {
                return either(items(need.substring(prefix.length())).stream().map(constants(rule)).toList());
            }
        }
        return have(rule, need);
    }

    private String have(String rule, String have) {
        if (rule.equals("opening.availability")) {
            Matcher m = AVAILABILITY_HAVE.matcher(have);
            if (m.matches()) {
                return m.group(2) == null ? labels.miss_available_from(value(m.group(1)))
                        : labels.miss_available(value(m.group(1)), value(m.group(2)));
            }
        }
        if (have.equals("true") || have.equals("false")) {
            return labels.miss_flag(Boolean.parseBoolean(have));
        }
        return String.join(", ", items(have).stream().map(constants(rule)).map(this::value).toList());
    }

    /** The label of an enumeration constant or region of this rule; other values as they are. */
    private UnaryOperator<String> constants(String rule) {
        String field = rule.substring(rule.indexOf('.') + 1);
        return switch (field) {
            case "stages" -> labels::stage;
            case "sectors" -> labels::sector;
            case "levels" -> labels::level;
            case "fields" -> labels::study_field;
            case "enrolment" -> labels::enrolment;
            case "workStatus" -> labels::work_status;
            case "workMode" -> labels::work_mode;
            case "regions" -> labels::region;
            default -> UnaryOperator.identity();
        };
    }

    /** "A", "A or B", "A, B or C". */
    private String either(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return labels.miss_or(String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /** A date or number written the reader's way; anything else unchanged. */
    private String value(String text) {
        if (isDate(text)) {
            return PeopleViews.date(LocalDate.parse(text), locale);
        }
        if (NUMBER.matcher(text).matches()) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(text));
        }
        return text;
    }

    private static List<String> items(String list) {
        return Arrays.stream(list.split(", ")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isDate(String text) {
        if (text.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
