package io.triad.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A funding amount, always rounded half up to whole cents (scale 2: {@code 7000.00}). */
public record Amount(BigDecimal value, String currency) {

    public Amount {
        Objects.requireNonNull(value, "value");
        value = value.setScale(2, RoundingMode.HALF_UP);
    }
}
