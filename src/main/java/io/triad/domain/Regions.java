package io.triad.domain;

import java.util.Collection;

/** The region rule of DATA.md: {@code R} matches {@code E} when {@code E == R} or {@code E} starts with {@code R-}. */
public final class Regions {
    private Regions() {
    }

    public static boolean matches(String rule, String entity) {
        return entity != null && (entity.equals(rule) || entity.startsWith(rule + "-"));
    }

    public static boolean anyMatches(Collection<String> rules, String entity) {
        return rules.stream().anyMatch(rule -> matches(rule, entity));
    }
}
