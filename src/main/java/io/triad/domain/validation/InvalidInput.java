package io.triad.domain.validation;

import java.util.List;

/** Input that breaks the contract: answered 400 with every violation; nothing was changed. */
public class InvalidInput extends RuntimeException {
    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.size() + " violation(s); nothing was changed", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, ViolationCode code, Object... args) {
        return new InvalidInput(List.of(Violation.of(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
