package io.triad.placement;

import io.triad.account.Account;
import io.triad.matching.Amount;
import io.triad.placement.Views.Uptake;
import io.triad.program.dashboard.UptakeCard;
import io.triad.program.dashboard.Uptakes;
import io.triad.web.OperationsFormats;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.triad.domain.ProgramDoc;
import java.util.Locale;
import java.util.Map;

/** A program's uptake for the pages: the administrator's queue and the program's dashboard. */
@ApplicationScoped
class ProgramUptake implements Uptakes {
    private final ProgramQueue queue;

    ProgramUptake(ProgramQueue queue) {
        this.queue = queue;
    }

    @Override
    public UptakeCard card(String key, Account caller, Locale locale) {
        return of(queue.uptake(key, caller), locale);
    }

    @Override
    public UptakeCard card(ProgramDoc program, Map<String, Long> byStatus, BigDecimal approvedSum, Locale locale) {
        return of(ProgramQueue.uptake(program.key(), program, byStatus, approvedSum), locale);
    }

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
