package io.triad.round;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * The rounds' pages: an operator creates and runs rounds and reads their figures; a student ranks openings, a startup
 * ranks students per opening (or takes the engine's order), each with up and down buttons that are plain form posts;
 * once a round is done, each participant reads their result and why. A running round's page refreshes itself.
 */
@Path("/rounds")
@Produces(MediaType.TEXT_HTML)
class RoundPages {
    static final int REFRESH_SECONDS = 2;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(PageContext ctx, boolean operator, List<RoundBoard.Summary> rounds);

        static native TemplateInstance round(PageContext ctx, RoundBoard.Board board, List<RoundCharts.Chart> charts,
                long percent, long matchPercent, int refreshSeconds, int maxChoices);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final RoundBoard boards;
    private final RoundService rounds;
    private final RoundRunner runner;

    RoundPages(PageContext ctx, CurrentAccount current, RoundBoard boards, RoundService rounds, RoundRunner runner) {
        this.ctx = ctx;
        this.current = current;
        this.boards = boards;
        this.rounds = rounds;
        this.runner = runner;
    }

    @GET
    public TemplateInstance list() {
        Account caller = current.require();
        return Pages.localized(Templates.rounds(ctx, caller.role == io.triad.domain.Role.OPERATOR, boards.list(caller)),
                ctx);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        String seed = fields.getFirst("seed");
        RoundViews.RoundView round = rounds.create(new RoundRequests.Create(fields.getFirst("name"),
                keys(fields.getFirst("openings")), keys(fields.getFirst("programs")), fields.getFirst("closesOn"),
                seed == null || seed.isBlank() ? null : parseSeed(seed)), caller);
        return Pages.redirect("/rounds/" + round.id());
    }

    @GET
    @Path("{id}")
    public Response round(@PathParam("id") String id) {
        RoundBoard.Board board = boards.board(id, current.require(), ctx.lang());
        boolean refreshing = board.round().status() == RoundStatus.RUNNING;
        TemplateInstance page = Pages.localized(Templates.round(ctx, board, RoundFigurePage.charts(board, ctx),
                Math.round(board.round().progress() * 100), RoundFigurePage.matchPercent(board), REFRESH_SECONDS,
                RoundRequests.MAX_CHOICES), ctx);
        Response.ResponseBuilder response = Response.ok(page, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        // the Refresh header reloads the page without script (a <meta> refresh fails WCAG 2.2.1)
        return refreshing ? response.header("Refresh", Integer.toString(REFRESH_SECONDS)).build() : response.build();
    }

    @POST
    @Path("{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        runner.submit(rounds.close(id, caller).id());
        return Pages.redirect("/rounds/" + id);
    }

    /** One step of a student's own ranking: up, down, add or remove an opening. */
    @POST
    @Path("{id}/student")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rankStudent(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        String me = fields.getFirst("student");
        List<String> next = RoundBoard.edit(rounds.currentRanking(id, null, caller), fields.getFirst("action"),
                fields.getFirst("opening"));
        rounds.rankStudent(id, me, new RoundRequests.StudentRanking(next), caller);
        return Pages.redirect("/rounds/" + id + "#ranking");
    }

    /** One step of an opening's ranking (up, down, add, remove), or taking the engine's order. */
    @POST
    @Path("{id}/openings/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rankOpening(@PathParam("id") String id, @PathParam("key") String key,
            MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        String action = fields.getFirst("action");
        RoundRequests.OpeningRanking ranking = "engine".equals(action) ? new RoundRequests.OpeningRanking(null, true)
                : new RoundRequests.OpeningRanking(RoundBoard.edit(rounds.currentRanking(id, key, caller), action,
                        fields.getFirst("student")), null);
        rounds.rankOpening(id, key, ranking, caller);
        return Pages.redirect("/rounds/" + id + "#opening-" + key);
    }

    private static List<String> keys(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,]+")).filter(k -> !k.isBlank()).toList();
    }

    private static Long parseSeed(String seed) {
        try {
            return Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            throw io.triad.domain.validation.InvalidInput.of("seed", io.triad.domain.validation.ViolationCode.WHOLE_NUMBER);
        }
    }
}
