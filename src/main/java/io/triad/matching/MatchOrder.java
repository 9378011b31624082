package io.triad.matching;

import java.util.Locale;
import java.util.Optional;

/** How an opening's matches are ordered (API.md's {@code sort}); every order breaks ties by score, then key. */
public enum MatchOrder {
    /** Best fit first. */
    SCORE,
    /** The largest amount of a single eligible program first. */
    AMOUNT,
    /** The largest {@code total} first: what the placement can receive from its programs together. */
    TOTAL;

    /** The order named by API.md's {@code sort} value; absent or blank is {@link #SCORE}; empty when unknown. */
    public static Optional<MatchOrder> parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return Optional.of(SCORE);
        }
        for (MatchOrder order : values()) {
            if (order.name().toLowerCase(Locale.ROOT).equals(sort)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** The {@code sort} value of API.md. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
