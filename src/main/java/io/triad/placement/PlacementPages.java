package io.triad.placement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.placement.PageModels.PlacementCard;
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
import java.util.List;

/** Placements: the list, one placement with its money, applications and history, and the actions on them. */
@Path("/placements")
@Produces(MediaType.TEXT_HTML)
class PlacementPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance placements(PageContext ctx, List<PlacementCard> placements);

        static native TemplateInstance placement(PageContext ctx, PlacementCard p, String here);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Boards boards;
    private final PlacementService placements;
    private final ApplicationService applications;

    PlacementPages(PageContext ctx, CurrentAccount current, Boards boards, PlacementService placements,
            ApplicationService applications) {
        this.ctx = ctx;
        this.current = current;
        this.boards = boards;
        this.placements = placements;
        this.applications = applications;
    }

    @GET
    public TemplateInstance list() {
        return Pages.localized(Templates.placements(ctx, boards.placements(current.require(), ctx.locale())), ctx);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id) {
        PlacementCard p = boards.placement(id, current.require(), ctx.locale());
        return Pages.localized(Templates.placement(ctx, p, "/placements/" + p.id()), ctx);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        return Pages.redirect("/placements/" + placements.cancel(id, caller).id());
    }

    /** "Apply" for one program, in one click. */
    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        return Pages.redirect("/placements/" + applications.apply(id, new Requests.Apply(fields.getFirst("program")),
                caller).placement());
    }

    /** Withdraw (the startup), approve or refuse (the administrator); back to the page the form was on. */
    @POST
    @Path("applications/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @PathParam("action") String action,
            MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        Views.ApplicationView done = switch (action) {
            case "withdraw" -> applications.withdraw(id, caller);
            case "approve" -> applications.approve(id, caller);
            case "refuse" -> applications.refuse(id, new Requests.Refuse(fields.getFirst("reason")), caller);
            default -> throw Parties.notFound("action");
        };
        String back = fields.getFirst("back");
        return Pages.redirect(back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/placements/" + done.placement());
    }
}
