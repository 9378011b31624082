package io.triad.startup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleViews;
import io.triad.startup.InvitationStandings.Standing;
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

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance matches(PageContext ctx, String startupKey, String startupName,
                String openingKey, String title, List<StudentCard> students, long total, boolean funded,
                boolean byAmount, String moreUrl, List<NearMissAdvice.Action> actions, boolean started);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupEditor editor;
    private final InvitationStandings invitations;
    private final io.triad.config.TriadConfig config;

    OpeningMatchPages(PageContext ctx, CurrentAccount current, StartupEditor editor, InvitationStandings invitations,
            io.triad.config.TriadConfig config) {
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
    public TemplateInstance matches(@PathParam("key") String key, @PathParam("opening") String openingKey,
            @QueryParam("funded") String funded, @QueryParam("sort") String sort, @QueryParam("limit") String limit) {
        boolean fundedOnly = "true".equals(funded);
        boolean byAmount = "total".equals(sort) || "amount".equals(sort);
        int shown = limit(limit);
        RankedStudents ranked = editor.rankedStudents(key, openingKey, fundedOnly, byAmount, shown, current.require());
        List<Candidate> items = ranked.page().items();
        OpeningDoc opening = ranked.opening();
        Map<String, ProgramDoc> docs = ranked.programs();
        Map<String, NearMiss> shared = NearMissAdvice.shared(items.stream().map(c -> c.match().nearMisses()).toList());
        List<StudentCard> cards = cards(items, opening, docs, shared, invitations.of(openingKey,
                items.stream().map(c -> c.match().student()).toList()));
        List<NearMissAdvice.Action> actions = NearMissAdvice.of(ctx.locale()).actions(shared, docs,
                opening, NearMissAdvice.students(items.size(), ctx.locale()));
        String more = cards.size() < ranked.page().total()
                ? "?" + (fundedOnly ? "funded=true&" : "") + "sort=" + (byAmount ? "total" : "score") + "&limit="
                        + Math.min(1000, shown + PAGE)
                : "";
        return Pages.localized(Templates.matches(ctx, ranked.startupKey(), ranked.startupName(), openingKey,
                ranked.title(), cards, ranked.page().total(), fundedOnly, byAmount, more, actions,
                opening != null && opening.startDate().isBefore(config.today())), ctx);
    }

    /** {@code standings}: where each student stands with this opening's invitations (absent: may be invited). */
    private List<StudentCard> cards(List<Candidate> items, OpeningDoc opening, Map<String, ProgramDoc> docs,
            Map<String, NearMiss> shared, Map<String, Standing> standings) {
        MoneyWording money = MoneyWording.of(ctx.locale());
        NearMissAdvice advice = NearMissAdvice.of(ctx.locale());
        return IntStream.range(0, items.size()).mapToObj(i -> {
            StudentForOpening m = items.get(i).match();
            StudentSummary s = items.get(i).student();
            NearMissAdvice.Shown misses = advice.shown(m.nearMisses(), shared, docs, opening);
            return new StudentCard(i + 1, m.student(), s.name(), s.institution(), PeopleViews.name(s.field()),
                    PeopleViews.name(s.level()), money.percent(m.score()), m.matchedSkills(),
                    PeopleViews.shownReasons(m.reasons()), PeopleViews.funding(m.programs(), docs, opening, false,
                            ctx.locale()), misses.misses(), money.money(opening, m.programs(), m.total(), docs),
                    misses.rest(), standings.containsKey(m.student()) ? standings.get(m.student()).name() : "");
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
