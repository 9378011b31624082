package io.triad.domain.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The numbers a document may hold (OWASP ASVS 5.0 V1.4.2, V2.2.1), checked before any arithmetic: finite (a literal
 * such as 1e999999999 reads as an infinite double), with at most {@link #INTEGER_DIGITS} digits before the decimal
 * point and {@link #FRACTION_DIGITS} after. Amounts, percents and hours all fit; PostgreSQL's numeric, and the parser
 * that reads stored documents back, could not hold what is beyond.
 */
final class NumberBounds {
    static final int INTEGER_DIGITS = 15;
    static final int FRACTION_DIGITS = 6;
    /** Beyond this many digits a number is refused before trailing zeros are stripped (which costs per digit). */
    private static final int MAX_PRECISION = INTEGER_DIGITS + FRACTION_DIGITS + 20;

    private NumberBounds() {
    }

    /** The number when it is within the bounds, else null. */
    static BigDecimal finite(JsonNode v) {
        if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (d.precision() > MAX_PRECISION || d.precision() - d.scale() > INTEGER_DIGITS) {
            return null;
        }
        BigDecimal plain = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        return plain.scale() > FRACTION_DIGITS ? null : d;
    }
}
