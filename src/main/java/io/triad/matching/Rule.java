package io.triad.matching;

import java.util.function.Function;

/**
 * One rule of a program's rule set: the value it reads of the rules ({@code R}), and its test of that value against
 * what the rule is checked on ({@code C}), adding a failure to a {@link RuleCheck}. The test reads nothing else of the
 * program, so programs whose values are equal have the same verdict and the same failure ({@link RuleGroups} tests each
 * value once).
 */
record Rule<R, V, C>(Function<R, V> value, Test<V, C> test) {
    @FunctionalInterface
    interface Test<V, C> {
        void apply(RuleCheck check, V value, C on);
    }

    static <R, V, C> Rule<R, V, C> of(Function<R, V> value, Test<V, C> test) {
        return new Rule<>(value, test);
    }

    void check(RuleCheck check, R rules, C on) {
        test.apply(check, value.apply(rules), on);
    }
}
