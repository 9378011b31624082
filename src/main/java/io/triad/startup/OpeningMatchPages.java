package io.triad.startup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.indexing.SearchIndex;
import java.time.LocalDate;
import java.util.Locale;
import io.triad.account.CurrentAccount;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.matching.MatchResults.Candidate;
import io.triad.people.MoneyWording;
import io.triad.people.NearMissAdvice;
import io.triad.matching.MatchResults.NearMiss;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.matching.MatchResults.StudentSummary;
import io.triad.startup.StartupEditor.RankedStudents;
import io.triad.startup.StartupViews.StudentCard;
import io.triad.web.KeptFrames;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.SplicedPage;
import io.triad.people.PeopleViews;
import io.triad.people.PeopleViews.FundingLegend;
import io.triad.startup.InvitationStandings.Standing;
import io.triad.startup.InvitationStandings.Standings;
import io.triad.account.Ownership;
import java.util.ArrayList;
import java.util.Optional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An opening's ranked students, each with the programs that fund the placement and the near misses. What it shows of
 * a student comes with the engine's results: the engine has just read them.
 */
@Path("/startups/{key}/openings/{opening}/matches")
@Produces(MediaType.TEXT_HTML)
class OpeningMatchPages {
    static final int PAGE = 20;
    /** Where the kept body puts the viewer's form token. */
    private static final RawString TOKEN = new RawString("<!--triad:form-token-->");

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance matches(RawString token, String startupKey, String startupName,
                String openingKey, String title, int shown, RawString cards, RawString legend, long total,
                boolean funded, boolean byAmount, String moreUrl, List<NearMissAdvice.Action> actions, boolean started);

        static native TemplateInstance matchCard(StudentCard m);

        static native TemplateInstance matchInvite(String key, String name);

        static native TemplateInstance matchStanding(String key, String name, String standing, String opening);

        static native TemplateInstance matchLegend(FundingLegend legend);

        static native TemplateInstance matchesPage(PageContext ctx, String title, RawString body);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupEditor editor;
    private final InvitationStandings invitations;
    private final io.triad.config.TriadConfig config;
    private final KeptRankings kept;
    private final SearchIndex index;

    OpeningMatchPages(PageContext ctx, CurrentAccount current, StartupEditor editor, InvitationStandings invitations,
            io.triad.config.TriadConfig config, KeptRankings kept, SearchIndex index) {
        this.kept = kept;
        this.index = index;
        this.ctx = ctx;
        this.current = current;
        this.editor = editor;
        this.invitations = invitations;
        this.config = config;
    }

    /**
     * {@code funded=true} keeps funded students; {@code sort=total} (or the older {@code sort=amount}) puts the most
     * funding first, counting what the programs pay together; {@code limit} pages.
     */
    @GET
    public SplicedPage matches(@PathParam("key") String key, @PathParam("opening") String openingKey,
            @QueryParam("funded") String funded, @QueryParam("sort") String sort, @QueryParam("limit") String limit) {
        boolean fundedOnly = "true".equals(funded);
        boolean byAmount = "total".equals(sort) || "amount".equals(sort);
        int shown = limit(limit);
        Account caller = current.require();
        Ownership.requireRole(caller, Role.STARTUP);
        LocalDate today = config.today();
        Locale locale = ctx.locale();
        KeptRankings.Drawn drawn = kept.get(index.engine()::generation, new KeptRankings.Asked(key, openingKey,
                today, fundedOnly, byAmount, shown, caller.role == Role.OPERATOR, ctx.lang()),
                () -> draw(editor.ranked(key, openingKey, fundedOnly, byAmount, shown, caller), openingKey,
                        fundedOnly, byAmount, shown, today, locale));
        // invitations are the workflow's, not the engine's: read on every view, with who may see the opening (one
        // round trip). Drawing first costs another founder's request a ranking, never shows it.
        Optional<Standings> read = invitations.of(key, openingKey,
                drawn.cards().stream().map(KeptRankings.Card::key).toList());
        OpeningOwners.requireFounders(read.map(s -> new OpeningOwners.Row(s.owner(), s.opening())), key, openingKey,
                caller);
        Map<String, Standing> standings = read.get().of();
        // the body as kept, the form token and the cards in its place, each card ended by where its student stands or
        // its "Invite" button, inside the layout as kept for this viewer: no template rendered per view
        List<byte[]> body = drawn.body();
        List<byte[]> parts = new ArrayList<>(2 * drawn.cards().size() + 4);
        parts.add(body.get(0));
        if (body.size() > 1) {
            parts.add(SplicedPage.kept(ctx.csrf()));
            parts.add(body.get(1));
            for (KeptRankings.Card c : drawn.cards()) {
                Standing standing = standings.get(c.key());
                parts.add(c.body());
                parts.add(standing == null ? c.invite()
                        : SplicedPage.kept(Templates.matchStanding(c.key(), c.name(), standing.name(), openingKey)
                                .setLocale(locale).render()));
            }
            parts.add(body.get(2));
        }
        return KeptFrames.page(ctx, "StartupPages/matchesPage " + drawn.title(),
                () -> Templates.matchesPage(ctx, drawn.title(), SplicedPage.MARK), parts);
    }

    private KeptRankings.Drawn draw(RankedStudents ranked, String openingKey, boolean fundedOnly, boolean byAmount,
            int shown, LocalDate today, Locale locale) {
        List<Candidate> items = ranked.page().items();
        OpeningDoc opening = ranked.opening();
        Map<String, ProgramDoc> docs = ranked.programs();
        Map<String, NearMiss> shared = NearMissAdvice.shared(items.stream().map(c -> c.match().nearMisses()).toList());
        List<StudentCard> shownCards = cards(items, opening, docs, shared, locale);
        List<KeptRankings.Card> cards = shownCards.stream()
                .map(c -> new KeptRankings.Card(c.key(), c.name(),
                        SplicedPage.kept(kept(Templates.matchCard(c), locale)),
                        SplicedPage.kept(kept(Templates.matchInvite(c.key(), c.name()), locale)))).toList();
        RawString legend = new RawString(kept(Templates.matchLegend(FundingLegend.of(shownCards.stream()
                .map(StudentCard::funding).toList())), locale));
        List<NearMissAdvice.Action> actions = NearMissAdvice.of(locale).actions(shared, docs,
                opening, NearMissAdvice.students(items.size(), locale));
        String more = cards.size() < ranked.page().total()
                ? "?" + (fundedOnly ? "funded=true&" : "") + "sort=" + (byAmount ? "total" : "score") + "&limit="
                        + Math.min(1000, shown + PAGE)
                : "";
        boolean started = opening != null && opening.startDate().isBefore(today);
        // rendered alone, then framed: inside the layout's {#insert} each of its names would first be looked for in
        // the layout's scope, a pass over every value resolver, and another in its own
        List<byte[]> body = SplicedPage.kept(kept(Templates.matches(TOKEN, ranked.startupKey(), ranked.startupName(),
                openingKey, ranked.title(), cards.size(), SplicedPage.MARK, legend, ranked.page().total(), fundedOnly,
                byAmount, more, actions, started), locale), TOKEN, SplicedPage.MARK);
        return new KeptRankings.Drawn(ranked.title(), cards, body);
    }

    /** Markup rendered once and kept with the ranking. */
    private static String kept(TemplateInstance markup, Locale locale) {
        return Pages.compact(markup.setLocale(locale).render());
    }

    /** The cards as the engine ranked them; where each student stands with the invitations is added per view. */
    private static List<StudentCard> cards(List<Candidate> items, OpeningDoc opening, Map<String, ProgramDoc> docs,
            Map<String, NearMiss> shared, Locale locale) {
        MoneyWording money = MoneyWording.of(locale);
        NearMissAdvice advice = NearMissAdvice.of(locale);
        return IntStream.range(0, items.size()).mapToObj(i -> {
            StudentForOpening m = items.get(i).match();
            StudentSummary s = items.get(i).student();
            NearMissAdvice.Shown misses = advice.shown(m.nearMisses(), shared, docs, opening);
            return new StudentCard(i + 1, m.student(), s.name(), s.institution(), PeopleViews.name(s.field()),
                    PeopleViews.name(s.level()), money.percent(m.score()), m.matchedSkills(),
                    PeopleViews.shownReasons(m.reasons()), PeopleViews.funding(m.programs(), docs, opening, false,
                            locale), misses.misses(), money.money(opening, m.programs(), m.total(), docs),
                    misses.rest(), "");
        }).toList();
    }

    static int limit(String raw) {
        try {
            return raw == null || raw.isBlank() ? PAGE : Math.max(1, Math.min(1000, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }
}
