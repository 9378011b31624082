package io.triad.matching;

import io.triad.domain.Regions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Evaluates rules one after the other and collects the failures in evaluation order. Every method evaluates its
 * rule whatever happened before (no short-circuit); an absent (null) or empty rule passes. The texts follow
 * {@link Failure}; they are only written when {@link #failures} is asked for, since ranking many students mostly
 * needs {@link #count}.
 */
final class RuleCheck {
    private record Failed(String rule, Supplier<String> need, Supplier<String> have) {
    }

    private final List<Failed> failed = new ArrayList<>();

    static boolean restricts(Collection<?> rule) {
        return rule != null && !rule.isEmpty();
    }

    <T> RuleCheck oneOf(String rule, List<T> allowed, T value) {
        if (restricts(allowed) && (value == null || !allowed.contains(value))) {
            fail(rule, () -> "one of " + join(allowed), () -> text(value));
        }
        return this;
    }

    <T> RuleCheck anyOf(String rule, List<T> allowed, Collection<T> values) {
        if (restricts(allowed) && (values == null || values.stream().noneMatch(allowed::contains))) {
            fail(rule, () -> "any of " + join(allowed), () -> restricts(values) ? join(values) : null);
        }
        return this;
    }

    RuleCheck region(String rule, List<String> allowed, String value) {
        if (restricts(allowed) && !Regions.anyMatches(allowed, value)) {
            fail(rule, () -> allowed.size() == 1 ? "region " + allowed.get(0) : "one of " + join(allowed), () -> value);
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck atLeast(String rule, T min, T value) {
        if (min != null && (value == null || value.compareTo(min) < 0)) {
            fail(rule, () -> ">= " + text(min), () -> text(value));
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck atMost(String rule, T max, T value) {
        if (max != null && (value == null || value.compareTo(max) > 0)) {
            fail(rule, () -> "<= " + text(max), () -> text(value));
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck below(String rule, T limit, T value) {
        if (limit != null && (value == null || value.compareTo(limit) >= 0)) {
            fail(rule, () -> "< " + text(limit), () -> text(value));
        }
        return this;
    }

    /** A flag rule: applies only when set to true, then the entity's flag must be true. */
    RuleCheck required(String rule, Boolean ruleValue, boolean value) {
        if (Boolean.TRUE.equals(ruleValue) && !value) {
            fail(rule, () -> "true", () -> "false");
        }
        return this;
    }

    RuleCheck check(String rule, boolean passes, String need, String have) {
        if (!passes) {
            fail(rule, () -> need, () -> have);
        }
        return this;
    }

    List<Failure> failures() {
        return failed.isEmpty() ? List.of()
                : failed.stream().map(f -> new Failure(f.rule(), f.need().get(), f.have().get())).toList();
    }

    int count() {
        return failed.size();
    }

    private void fail(String rule, Supplier<String> need, Supplier<String> have) {
        failed.add(new Failed(rule, need, have));
    }

    static String join(Collection<?> values) {
        return values.stream().map(RuleCheck::text).collect(Collectors.joining(", "));
    }

    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
