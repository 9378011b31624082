package io.triad.program.dashboard;

import io.triad.domain.ProgramDoc;
import io.triad.domain.Scope;
import io.triad.program.dashboard.DashboardPages.Figure;
import io.triad.program.dashboard.DashboardService.Figures;
import io.triad.web.OperationsFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's numbers at a glance, written in the page's language. */
final class DashboardFigures {
    /** API.md Privacy: counts of students shown to an administrator cover at least this many. */
    static final int SMALLEST_COUNT = 5;

    private final DashboardMessages m;
    private final Locale locale;
    private final boolean privileged;

    /** {@code privileged}: an operator, who sees exact small counts. */
    DashboardFigures(DashboardMessages m, Locale locale, boolean privileged) {
        this.m = m;
        this.locale = locale;
        this.privileged = privileged;
    }

    List<Figure> figures(ProgramDoc p, Figures f, long placements, Map<BigDecimal, Long> amounts) {
        String currency = p.funding() == null ? null : p.funding().currency();
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("eligible-startups", m.fig_startups(), count(f.eligibleStartups()),
                m.fig_startups_note(count(f.startups()))));
        if (p.scope() == Scope.COMPANY) {
            BigDecimal max = p.funding() == null ? null : p.funding().maxAmount();
            out.add(new Figure("max-amount", m.fig_max_amount(), max == null ? m.none() : money(max, currency),
                    m.fig_max_amount_note()));
            return out;
        }
        out.add(new Figure("eligible-openings", m.fig_openings(), count(f.eligibleOpenings()), m.fig_openings_note()));
        out.add(new Figure("eligible-students", m.fig_students(), students(f.eligibleStudents()),
                m.fig_students_note(students(f.students()))));
        out.add(new Figure("placements", m.fig_placements(), students(placements), m.fig_placements_note()));
        long known = Charts.total(amounts);
        BigDecimal median = privileged || known >= SMALLEST_COUNT ? median(amounts) : null;
        out.add(new Figure("median", m.fig_median(), median == null ? m.none() : money(median, currency),
                m.fig_median_note(students(known))));
        out.add(new Figure("approved", m.fig_approved(), count(f.approved()), capacityNote(p, f)));
        out.add(new Figure("committed", m.fig_committed(), f.committed() == null ? m.none()
                : money(f.committed(), currency), m.fig_committed_note()));
        return out;
    }

    private String capacityNote(ProgramDoc p, Figures f) {
        if (p.capacity() == null) {
            return m.fig_capacity_unlimited(count(f.proposed()));
        }
        long remaining = Math.max(0, p.capacity() - f.approved());
        double used = p.capacity() == 0 ? 1 : (double) f.approved() / p.capacity();
        return m.fig_capacity(count(p.capacity()), OperationsFormats.percent(used, locale), count(remaining),
                count(f.proposed()));
    }

    /**
     * The middle amount (the mean of the two middle ones for an even count) of amounts each given with how many
     * placements get it; null without amounts.
     */
    static BigDecimal median(Map<BigDecimal, Long> amounts) {
        long total = Charts.total(amounts);
        if (total == 0) {
            return null;
        }
        List<BigDecimal> sorted = amounts.keySet().stream().sorted().toList();
        BigDecimal lower = nth(sorted, amounts, (total - 1) / 2);
        BigDecimal upper = nth(sorted, amounts, total / 2);
        return total % 2 == 1 ? lower : lower.add(upper).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    /** The amount at {@code index} (from 0) of the amounts in order, each repeated as often as it is given. */
    private static BigDecimal nth(List<BigDecimal> sorted, Map<BigDecimal, Long> amounts, long index) {
        long seen = 0;
        for (BigDecimal value : sorted) {
            seen += amounts.get(value);
            if (index < seen) {
                return value;
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen);
    }

    /** A sector constant's name in the page's language; the empty name stands for startups without a sector. */
    static String sector(String name, DashboardMessages m) {
        return switch (name) {
            case "SOFTWARE" -> m.sector_software();
            case "HARDWARE" -> m.sector_hardware();
            case "CLEANTECH" -> m.sector_cleantech();
            case "LIFE_SCIENCES" -> m.sector_life_sciences();
            case "FINTECH" -> m.sector_fintech();
            case "AGRIFOOD" -> m.sector_agrifood();
            case "ADVANCED_MANUFACTURING" -> m.sector_advanced_manufacturing();
            case "MEDIA" -> m.sector_media();
            case "EDUCATION" -> m.sector_education();
            case "SOCIAL_IMPACT" -> m.sector_social_impact();
            case "OTHER" -> m.sector_other();
            default -> m.sector_none();
        };
    }

    /** A count of students (or of placements, each naming one): "fewer than 5" below 5 unless privileged. */
    private String students(long n) {
        return privileged || n >= SMALLEST_COUNT ? count(n) : m.fewer_than_five();
    }

    private String count(long n) {
        return OperationsFormats.count(n, locale);
    }

    private String money(BigDecimal value, String currency) {
        return OperationsFormats.money(value, currency, true, locale);
    }
}
