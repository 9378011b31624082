package io.triad.program.dashboard;

import io.triad.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.domain.Scope;
import io.triad.indexing.SearchIndex;
import io.triad.program.dashboard.Charts.Chart;
import io.triad.program.dashboard.DashboardService.Figures;
import io.triad.web.KeptFrames;
import io.triad.web.OperationsFormats;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.SplicedPage;
import io.triad.web.Params;
import io.triad.config.TriadConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A program administrator's dashboard: who is eligible for one program, by region and sector, the distribution of
 * the subsidies it would pay, and its uptake. Charts are SVG drawn on the server, each followed by its numbers.
 */
@Path("/admin/dashboard")
@Produces(MediaType.TEXT_HTML)
class DashboardPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageContext ctx, List<ProgramDoc> programs);

        static native TemplateInstance dashboard(PageContext ctx, ProgramDoc program, RawString body);

        static native TemplateInstance body(ProgramDoc program, String lang, String asOf, String asOfText,
                List<Figure> figures, List<String> notices, RawString charts, UptakeCard uptake);

        static native TemplateInstance charts(List<Chart> charts);
    }

    /** A number shown at a glance, with what it counts. */
    record Figure(String id, String label, String value, String note) {
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final DashboardService service;
    private final SearchIndex index;
    private final TriadConfig config;
    private final Uptakes uptake;
    private final DashboardMessages english;
    private final DashboardMessages french;
    private final KeptDashboards kept;

    DashboardPages(PageContext ctx, CurrentAccount current, DashboardService service, SearchIndex index, TriadConfig config,
            Uptakes uptake, DashboardMessages english, @Localized("fr") DashboardMessages french, KeptDashboards kept) {
        this.kept = kept;
        this.ctx = ctx;
        this.current = current;
        this.service = service;
        this.index = index;
        this.config = config;
        this.uptake = uptake;
        this.english = english;
        this.french = french;
    }

    @GET
    public TemplateInstance index() {
        return Pages.localized(Templates.index(ctx, service.dashboards(admin())), ctx);
    }

    @GET
    @Path("{key}")
    public SplicedPage dashboard(@PathParam("key") String key, @QueryParam("asOf") String asOf) {
        Account caller = admin();
        LocalDate date = Params.date(asOf, "asOf", config.today());
        DashboardService.Checked program = service.check(key, caller);
        boolean privileged = caller.role == Role.OPERATOR;
        Supplier<KeptDashboards.Drawn> draw = () -> draw(service.doc(key, caller), program, date, privileged);
        // once ready, always: the figures then come from the engine, and the page drawn from them is kept per change
        KeptDashboards.Drawn drawn = index.isReady() ? kept.get(index.engine()::generation,
                new KeptDashboards.Asked(key, program.applications(), date, privileged, ctx.lang()), draw) : draw.get();
        // the layout around it is kept too: its title is the program's name, all else the viewer's links
        ProgramDoc p = drawn.program();
        return KeptFrames.page(ctx, "DashboardPages/dashboard " + p.nameIn(ctx.lang()),
                () -> Templates.dashboard(ctx, p, SplicedPage.MARK), List.of(drawn.body()));
    }

    /** The page below its title, drawn from the program's document, its figures and its applications. */
    private KeptDashboards.Drawn draw(ProgramDoc p, DashboardService.Checked program, LocalDate date,
            boolean privileged) {
        Figures f = service.figures(p, program, date, privileged);
        DashboardMessages m = ctx.french() ? french : english;
        Locale locale = ctx.locale();
        List<String> notices = notices(p, f, m, locale);
        if (p.scope() == Scope.PLACEMENT && !index.isReady()) {
            notices.add(m.notice_index());
        }
        // Every fundable placement's amount counts, as the engine counts them: no sample of the best ones.
        Map<BigDecimal, Long> amounts = f.amounts();
        List<Figure> figures = new DashboardFigures(m, locale, privileged).figures(p, f, f.placements(), amounts);
        RawString charts = new RawString(Templates.charts(charts(p, f, amounts, f.placements(), privileged, m, locale))
                .setLocale(locale).render());
        UptakeCard card = p.scope() == Scope.PLACEMENT ? uptake.card(p, f.applications(), f.approvedSum(), locale)
                : null;
        return new KeptDashboards.Drawn(p, SplicedPage.kept(Templates.body(p, ctx.lang(), date.toString(),
                OperationsFormats.date(date, locale), figures, notices, charts, card).setLocale(locale).render()));
    }

    private static List<String> notices(ProgramDoc p, Figures f, DashboardMessages m, Locale locale) {
        List<String> notices = new ArrayList<>();
        if (p.status() != ProgramStatus.PUBLISHED) {
            notices.add(m.notice_not_published());
        }
        f.notOpen().forEach(failure -> notices.add("intake.opens".equals(failure.rule())
                ? m.notice_not_open_yet(OperationsFormats.date(p.intake().opens(), locale))
                : m.notice_deadline_passed(OperationsFormats.date(p.intake().deadline(), locale))));
        if (f.full()) {
            notices.add(m.notice_full());
        }
        if (p.scope() == Scope.COMPANY) {
            notices.add(m.notice_company());
        }
        return notices;
    }

    private static List<Chart> charts(ProgramDoc p, Figures f, Map<BigDecimal, Long> amounts, long placements,
            boolean privileged, DashboardMessages m, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        charts.add(Charts.ranked("startups-region", m.chart_startups_region(), m.col_region(), m.col_startups(),
                regions(f.startupsByRegion(), locale), "", m, locale));
        charts.add(Charts.ranked("startups-sector", m.chart_startups_sector(), m.col_sector(), m.col_startups(),
                entries(f.startupsBySector(), m), " " + m.chart_note_sectors(), m, locale));
        if (p.scope() == Scope.PLACEMENT) {
            List<Charts.Entry> regions = regions(f.studentsByRegion(), locale);
            charts.add(Charts.ranked("students-region", m.chart_students_region(), m.col_region(), m.col_students(),
                    privileged ? regions : large(regions), privileged ? "" : m.chart_note_small(), m, locale));
            charts.add(amountsChart(p, amounts, placements, privileged, m, locale));
        }
        return charts;
    }

    /**
     * The histogram of amounts; without amounts, says whether nobody is eligible or the terms give no amount. Unless
     * {@code privileged}, bins of fewer than 5 placements are left out.
     */
    private static Chart amountsChart(ProgramDoc p, Map<BigDecimal, Long> amounts, long placements, boolean privileged,
            DashboardMessages m, Locale locale) {
        String currency = p.funding() == null ? null : p.funding().currency();
        List<Charts.Entry> entries = new ArrayList<>();
        String description = placements > 0 ? m.chart_no_amounts() : m.chart_empty();
        if (!amounts.isEmpty()) {
            Charts.Bins bins = Charts.bins(amounts);
            boolean cents = bins.step().stripTrailingZeros().scale() > 0;
            for (int i = 0; i < bins.counts().length; i++) {
                BigDecimal lo = bins.start().add(bins.step().multiply(BigDecimal.valueOf(i)));
                entries.add(new Charts.Entry(m.bin(OperationsFormats.money(lo, currency, cents, locale),
                        OperationsFormats.money(lo.add(bins.step()), currency, cents, locale)), bins.counts()[i]));
            }
            BigDecimal min = amounts.keySet().stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = amounts.keySet().stream().max(BigDecimal::compareTo).orElseThrow();
            description = m.chart_desc_amounts(OperationsFormats.count(Charts.total(amounts), locale),
                    OperationsFormats.money(min, currency, true, locale), OperationsFormats.money(max, currency, true, locale));
        }
        if (!privileged && !amounts.isEmpty()) {
            entries = large(entries);
            description += m.chart_note_small();
        }
        return Charts.ordered("amounts", m.chart_amounts(), description, m.col_amount(), m.col_placements(), entries,
                locale);
    }

    /** API.md Privacy: an administrator sees no group of fewer than 5 students. */
    private static List<Charts.Entry> large(List<Charts.Entry> entries) {
        return entries.stream().filter(e -> e.value() >= DashboardFigures.SMALLEST_COUNT).toList();
    }

    /** Counts by name; with {@code sectors}, names are sector constants written in the page's language. */
    private static List<Charts.Entry> entries(java.util.Map<String, Long> counts, DashboardMessages sectors) {
        return counts.entrySet().stream().map(e -> new Charts.Entry(
                sectors == null ? e.getKey() : DashboardFigures.sector(e.getKey(), sectors), e.getValue())).toList();
    }

    /** Counts by region code, each region by its name in the page's language ("Ontario", not CA-ON). */
    private static List<Charts.Entry> regions(java.util.Map<String, Long> counts, Locale locale) {
        return counts.entrySet().stream().map(e -> new Charts.Entry(io.triad.web.RegionNames.name(e.getKey(), locale),
                e.getValue())).toList();
    }

    /** A program administrator or an operator (others: 403; nobody signed in: the log-in page). */
    private Account admin() {
        Account account = current.require();
        Ownership.requireRole(account, Role.PROGRAM_ADMIN);
        return account;
    }
}
