package io.triad.placement;

import io.triad.matching.Amount;
import io.triad.placement.Views.Uptake;
import io.triad.web.OperationsFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A program's uptake as the pages show it (the administrator's queue and the program's dashboard): figures written
 * in the page's language and the share of places and budget used, for the bars.
 */
public record UptakeCard(String capacity, long approved, long pending, long waitlisted, String placesLeft,
        String budget, String committed, String remaining, int placesPercent, int budgetPercent, String placesChart,
        String budgetChart) {

    static UptakeCard of(Uptake u, Locale locale) {
        String capacity = u.capacity() == null ? null : OperationsFormats.count(u.capacity(), locale);
        int places = u.capacity() == null || u.capacity() == 0 ? 0 : (int) Math.min(100, 100 * u.approved() / u.capacity());
        int budget = u.budget() == null || u.budget().value().signum() == 0 ? 0 : u.committed().value()
                .multiply(BigDecimal.valueOf(100)).divide(u.budget().value(), 0, RoundingMode.DOWN).min(BigDecimal
                .valueOf(100)).intValue();
        return new UptakeCard(capacity, u.approved(), u.pending(), u.waitlisted(),
                u.placesLeft() == null ? null : OperationsFormats.count(u.placesLeft(), locale),
                u.budget() == null ? null : Boards.money(u.budget(), locale), Boards.money(u.committed(), locale),
                u.remaining() == null ? null : Boards.money(u.remaining(), locale), places, budget,
                OperationsFormats.count(u.approved(), locale),
                u.budget() == null ? null : Boards.money(new Amount(u.committed().value(), u.committed().currency()),
                        locale));
    }
}
