package io.triad.people;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.matching.Amount;
import io.triad.matching.FundingCalculator;
import io.triad.matching.MatchResults.Funded;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How each amount of a match was computed, in the reader's words: "50% of $15,600.00 in gross wages, capped at
 * $5,000.00", the placement's gross wages, what its programs pay together and what the placement then costs. Written
 * from the program's terms and the opening, the same arithmetic as {@link FundingCalculator}; it reveals nothing the
 * amount did not (the enhanced rate is named only when the amount shown is the enhanced one, which the student shared).
 */
public final class MoneyWording {
    /** The placement's money at a glance; null fields when unknown. */
    public record Money(String wages, String wagesHow, String total, String totalHow, String net) {
    }

    private final MoneyMessages m;
    private final Locale locale;

    private MoneyWording(MoneyMessages m, Locale locale) {
        this.m = m;
        this.locale = locale;
    }

    public static MoneyWording of(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        return french ? new MoneyWording(MessageBundles.get(MoneyMessages.class, Localized.Literal.of("fr")),
                Locale.CANADA_FRENCH) : new MoneyWording(MessageBundles.get(MoneyMessages.class), Locale.CANADA);
    }

    public MoneyMessages m() {
        return m;
    }

    /** How one eligible program's amount was computed; empty when its terms do not say. */
    public String how(Funded f, ProgramDoc p, OpeningDoc o, boolean studentReads) {
        if (p == null || p.funding() == null || f.amount() == null || o == null) {
            return "";
        }
        ProgramDoc.Funding terms = p.funding();
        String rest = p.funding().stackable() ? "" : "; " + m.alone();
        if (!o.currency().equals(f.amount().currency())) {
            rest += "; " + m.other_currency(f.amount().currency());
        }
        if (terms.flatPerPlacement() != null) {
            return m.flat(money(terms.flatPerPlacement(), terms.currency())) + rest;
        }
        BigDecimal wages = FundingCalculator.grossWages(o);
        if (terms.wagePercent() == null || wages == null) {
            return "";
        }
        Amount standard = FundingCalculator.placementAmount(terms, o, false);
        Amount enhanced = FundingCalculator.placementAmount(terms, o, true);
        boolean isEnhanced = !Objects.equals(standard, enhanced) && Objects.equals(f.amount(), enhanced);
        BigDecimal percent = isEnhanced && terms.enhancedWagePercent() != null ? terms.enhancedWagePercent()
                : terms.wagePercent();
        BigDecimal cap = isEnhanced && terms.enhancedCapPerPlacement() != null ? terms.enhancedCapPerPlacement()
                : terms.capPerPlacement();
        String pct = NumberFormat.getNumberInstance(locale).format(percent);
        String gross = money(wages, o.currency());
        String how = cap == null ? m.percent(pct, gross)
                : wages.multiply(percent).movePointLeft(2).compareTo(cap) > 0
                        ? m.percent_capped(pct, gross, money(cap, terms.currency()))
                        : m.percent_under_cap(pct, gross, money(cap, terms.currency()));
        if (isEnhanced) {
            how = (studentReads ? m.enhanced_shared_student() : m.enhanced_shared_founder()) + ": " + how;
        }
        return how + rest;
    }

    /** The placement's gross wages, its programs' total (API.md {@code total}) and the cost left to the startup. */
    public Money money(OpeningDoc o, List<Funded> funded, Amount total, Map<String, ProgramDoc> programs) {
        BigDecimal wages = o == null ? null : FundingCalculator.grossWages(o);
        String wagesText = wages == null ? null : money(wages, o.currency());
        String wagesHow = wages == null ? null : m.wages_how(money(o.hourlyWage(), o.currency()),
                NumberFormat.getNumberInstance(locale).format(o.hoursPerWeek()),
                NumberFormat.getNumberInstance(locale).format(o.weeks()));
        if (total == null) {
            return new Money(wagesText, wagesHow, null, null, wagesText);
        }
        long counted = funded.stream().filter(f -> f.amount() != null && f.amount().currency().equals(total.currency()))
                .count();
        boolean someAlone = funded.stream().map(f -> programs.get(f.program()))
                .anyMatch(p -> p != null && p.funding() != null && !p.funding().stackable());
        String how = counted <= 1 ? m.total_one() : someAlone ? m.total_alone() : m.total_stacked();
        if (wages != null && total.value().compareTo(wages) >= 0 && counted > 1) {
            how += "; " + m.total_capped();
        }
        String net = wages == null ? null : money(wages.subtract(total.value()).max(BigDecimal.ZERO), o.currency());
        return new Money(wagesText, wagesHow, PeopleViews.money(total, locale), how, net);
    }

    private String money(BigDecimal value, String currency) {
        return PeopleViews.money(new Amount(value, currency), locale);
    }

    /** The fit score as a whole percentage: 0.87 reads "87%" ("87 %" in French). */
    public String percent(float score) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(Math.max(0, Math.min(1, score)));
    }
}
