package io.triad.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The signed-in person's own account: what it holds, and deleting it for good (a confirmation step, then the same
 * erasure as {@code DELETE /api/accounts/me}: everything it owns goes, its sessions stop working).
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
class MyAccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(PageContext ctx, String email, String role, AccountResource.Me holds);

        static native TemplateInstance confirmDelete(PageContext ctx, String role, AccountResource.Me holds);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Holdings holdings;
    private final AccountEraser eraser;

    MyAccountPages(PageContext ctx, CurrentAccount current, Holdings holdings, AccountEraser eraser) {
        this.ctx = ctx;
        this.current = current;
        this.holdings = holdings;
        this.eraser = eraser;
    }

    @GET
    public TemplateInstance account() {
        Account me = current.require();
        return Pages.localized(Templates.account(ctx, me.email, me.role.name(), holdings.describe(me)), ctx);
    }

    @GET
    @Path("delete")
    public TemplateInstance confirmDelete() {
        Account me = current.require();
        return Pages.localized(Templates.confirmDelete(ctx, me.role.name(), holdings.describe(me)), ctx);
    }

    /** Erases the account and ends this browser's session: the cookie is cleared, the home page says it is done. */
    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@FormParam("_csrf") String csrf) {
        Account me = current.require();
        ctx.checkCsrf(csrf);
        eraser.erase(me);
        return Response.seeOther(URI.create("/?deleted=1"))
                .cookie(ctx.newCookie(SessionService.COOKIE, "", 0)).build();
    }
}
