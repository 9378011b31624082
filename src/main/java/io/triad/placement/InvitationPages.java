package io.triad.placement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.Role;
import io.triad.placement.PageModels.Count;
import io.triad.placement.PageModels.InvitationCard;
import io.triad.placement.PageModels.OpeningPipeline;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The invitations page: a founder's pipeline, a student's received invitations to accept or decline. */
@Path("/invitations")
@Produces(MediaType.TEXT_HTML)
class InvitationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitations(PageContext ctx, boolean student, List<InvitationCard> invitations,
                List<Count> counts, boolean all, List<OpeningPipeline> openings, String opening, String openingTitle);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final InvitationBoards boards;
    private final InvitationService invitations;

    InvitationPages(PageContext ctx, CurrentAccount current, InvitationBoards boards, InvitationService invitations) {
        this.ctx = ctx;
        this.current = current;
        this.boards = boards;
        this.invitations = invitations;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("opening") String opening) {
        Account caller = current.require();
        InvitationStatus only = Params.enumValue(status, "status", InvitationStatus.class);
        String at = opening == null || opening.isBlank() ? null : opening;
        InvitationBoards.Board board = boards.board(only, at, caller, ctx.locale());
        String title = at == null ? "" : board.openings().stream().filter(o -> o.opening().equals(at))
                .map(OpeningPipeline::title).findFirst().orElse(at);
        return Pages.localized(Templates.invitations(ctx, caller.role == Role.STUDENT, board.cards(), board.counts(),
                only == null, board.openings(), at == null ? "" : at, title), ctx);
    }

    /** "Invite" on an opening's ranked students. */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        invitations.invite(fields.getFirst("opening"), new Requests.Invite(fields.getFirst("student"),
                blankToNull(fields.getFirst("message"))), caller);
        return Pages.redirect("/invitations?status=INVITED");
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
            MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        return switch (action) {
            case "accept" -> Pages.redirect("/placements/" + invitations.accept(id, caller).placement());
            case "decline" -> done(invitations.decline(id, caller));
            case "withdraw" -> done(invitations.withdraw(id, caller));
            default -> throw Parties.notFound("action");
        };
    }

    private static Response done(Views.InvitationView invitation) {
        return Pages.redirect("/invitations?status=" + invitation.status());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
