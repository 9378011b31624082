package io.triad.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One failed rule, kept as data: the rule id, the {@link Kind kind} of test with the rule's values ({@code need}),
 * and the tested values ({@code have}, null when the value is missing: no birth date, work status, graduation date
 * or sectors). Text is written only at the edge: {@link #english} for the API, the people bundles on pages.
 *
 * <p>{@code rule} is the rule id of DATA.md: the rule's path in the program document
 * ({@code employer.maxHeadcount}, {@code student.recentGradMonths}, {@code intake.deadline}, {@code capacity}),
 * an opening-fit id ({@code opening.levels}, {@code opening.fields}, {@code opening.availability},
 * {@code opening.workMode}), {@code opening.startDate} for an opening that has started, or {@code scope} when a
 * program is checked for the wrong kind of match.
 *
 * <p>The values are typed: numbers ({@link Integer}, {@link Long}, {@link BigDecimal}), dates, enumeration constants,
 * region codes (strings) and booleans. What each rule tests:
 * <ul>
 *   <li>minimum / maximum: {@link Kind#AT_LEAST} / {@link Kind#AT_MOST} with the bound, have the entity's value;
 *       {@code intake.opens} and {@code intake.deadline} have the asOf date; {@code capacity} is
 *       {@link Kind#LESS_THAN} the capacity, have the number of approved placements.</li>
 *   <li>{@code employer.minCompanyAgeYears} and {@code student.minAge} and their maxima: have the age in whole years;
 *       {@code student.recentGradMonths}: at least the start date minus n months, have the graduation date.</li>
 *   <li>set rules: {@link Kind#ONE_OF} the rule's list (in its order), have the tested constant;
 *       {@code employer.sectors}: {@link Kind#ANY_OF} the rule's list, have the startup's sectors.</li>
 *   <li>region rules: {@link Kind#REGION} the rule's regions, have the entity's region.</li>
 *   <li>flags ({@code employer.mustBeIncorporated}, {@code employer.forProfitOnly}): {@link Kind#IS} true, have
 *       false; {@code scope}: {@link Kind#IS} the expected scope, have the program's scope.</li>
 *   <li>{@code opening.workMode}: {@link Kind#ONE_OF} the student's work modes, have the opening's work mode.</li>
 *   <li>{@code opening.availability}: {@link Kind#AVAILABILITY} (start date, last day), have (availableFrom) or
 *       (availableFrom, availableUntil).</li>
 * </ul>
 */
public record Failure(String rule, Kind kind, List<?> need, List<?> have) {

    /** What would pass; the English of API.md in brackets. */
    public enum Kind {
        /** need (bound): the value is at least the bound ({@code ">= 10"}, {@code ">= 2027-02-28"}). */
        AT_LEAST,
        /** need (bound): the value is at most the bound ({@code "<= 30"}). */
        AT_MOST,
        /** need (bound): the value is below the bound ({@code "< 500"}). */
        LESS_THAN,
        /** need: the allowed constants ({@code "one of BACHELOR, MASTER"}). */
        ONE_OF,
        /** need: the allowed constants, one of which the entity must have ({@code "any of SOFTWARE, MEDIA"}). */
        ANY_OF,
        /** need: the allowed region codes ({@code "region CA-ON"} for one, else {@code "one of CA-ON, CA-QC"}). */
        REGION,
        /** need (value): exactly this value ({@code "true"}, {@code "PLACEMENT"}). */
        IS,
        /** need (start date, last day): available from the start to the last day. */
        AVAILABILITY
    }

    /** The API's shape of a failure ({@code { "rule", "need", "have" }}). */
    @JsonPropertyOrder({"rule", "need", "have"})
    public record English(String rule, String need, String have) {
    }

    public Failure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        need = List.copyOf(need);
        have = have == null ? null : List.copyOf(have);
    }

    /** A failure whose need and have are single values; a null {@code have} is a missing value. */
    public static Failure of(String rule, Kind kind, Object need, Object have) {
        return new Failure(rule, kind, List.of(need), have == null ? null : List.of(have));
    }

    /** The failure as the API writes it: API.md's texts, rendered here only. */
    @JsonValue
    public English english() {
        return new English(rule, needText(), haveText());
    }

    private String needText() {
        return switch (kind) {
            case AT_LEAST -> ">= " + text(need.get(0));
            case AT_MOST -> "<= " + text(need.get(0));
            case LESS_THAN -> "< " + text(need.get(0));
            case ONE_OF -> "one of " + join(need);
            case ANY_OF -> "any of " + join(need);
            case REGION -> need.size() == 1 ? "region " + text(need.get(0)) : "one of " + join(need);
            case IS -> text(need.get(0));
            case AVAILABILITY -> "from <= " + text(need.get(0)) + ", until >= " + text(need.get(1));
        };
    }

    private String haveText() {
        if (have == null) {
            return null;
        }
        if (kind == Kind.AVAILABILITY) {
            return "from " + text(have.get(0)) + (have.size() > 1 ? ", until " + text(have.get(1)) : "");
        }
        return join(have);
    }

    private static String join(List<?> values) {
        return values.stream().map(Failure::text).collect(Collectors.joining(", "));
    }

    /** Decimals without trailing zeros ({@code 37.5}), dates ISO, constants by name. */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
