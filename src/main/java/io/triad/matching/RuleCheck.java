package io.triad.matching;

import io.triad.domain.Regions;
import io.triad.matching.Failure.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Evaluates rules one after the other and collects the failures in evaluation order. Every method evaluates its
 * rule whatever happened before (no short-circuit); an absent (null) or empty rule passes. Each failure keeps the
 * rule's values and the tested value as {@link Failure} documents them; no text is written here.
 */
final class RuleCheck {
    /** Made at the first failure: most programs' rules pass, and an explained page checks hundreds per student. */
    private List<Failure> failed;

    static boolean restricts(Collection<?> rule) {
        return rule != null && !rule.isEmpty();
    }

    <T> RuleCheck oneOf(String rule, List<T> allowed, T value) {
        if (restricts(allowed) && (value == null || !allowed.contains(value))) {
            fail(rule, Kind.ONE_OF, allowed, value);
        }
        return this;
    }

    <T> RuleCheck anyOf(String rule, List<T> allowed, Collection<T> values) {
        if (restricts(allowed) && (values == null || !containsAny(allowed, values))) {
            add(new Failure(rule, Kind.ANY_OF, allowed, restricts(values) ? List.copyOf(values) : null));
        }
        return this;
    }

    private static <T> boolean containsAny(List<T> allowed, Collection<T> values) {
        for (T value : values) {
            if (allowed.contains(value)) {
                return true;
            }
        }
        return false;
    }

    RuleCheck region(String rule, List<String> allowed, String value) {
        if (restricts(allowed) && !Regions.anyMatches(allowed, value)) {
            fail(rule, Kind.REGION, allowed, value);
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck atLeast(String rule, T min, T value) {
        if (min != null && (value == null || value.compareTo(min) < 0)) {
            add(Failure.of(rule, Kind.AT_LEAST, min, value));
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck atMost(String rule, T max, T value) {
        if (max != null && (value == null || value.compareTo(max) > 0)) {
            add(Failure.of(rule, Kind.AT_MOST, max, value));
        }
        return this;
    }

    <T extends Comparable<? super T>> RuleCheck below(String rule, T limit, T value) {
        if (limit != null && (value == null || value.compareTo(limit) >= 0)) {
            add(Failure.of(rule, Kind.LESS_THAN, limit, value));
        }
        return this;
    }

    /** A flag rule: applies only when set to true, then the entity's flag must be true. */
    RuleCheck required(String rule, Boolean ruleValue, boolean value) {
        if (Boolean.TRUE.equals(ruleValue) && !value) {
            add(Failure.of(rule, Kind.IS, true, false));
        }
        return this;
    }

    /** The entity's value must be exactly {@code expected}. */
    RuleCheck is(String rule, Object expected, Object value) {
        if (!expected.equals(value)) {
            add(Failure.of(rule, Kind.IS, expected, value));
        }
        return this;
    }

    /** A rule tested by the caller, failed when {@code passes} is false. */
    RuleCheck check(String rule, boolean passes, Kind kind, List<?> need, List<?> have) {
        if (!passes) {
            add(new Failure(rule, kind, need, have));
        }
        return this;
    }

    List<Failure> failures() {
        return failed == null ? List.of() : List.copyOf(failed);
    }

    int count() {
        return failed == null ? 0 : failed.size();
    }

    private void fail(String rule, Kind kind, List<?> allowed, Object value) {
        add(new Failure(rule, kind, allowed, value == null ? null : List.of(value)));
    }

    private void add(Failure failure) {
        if (failed == null) {
            failed = new ArrayList<>(2);
        }
        failed.add(failure);
    }
}
