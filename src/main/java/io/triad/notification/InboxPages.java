package io.triad.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.web.ListPage;
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

/** The inbox page: the account's notifications in the page's language, newest first; read one, or all. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
class InboxPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(PageContext ctx, ListPage<Notifications.Item> notifications, boolean unread,
                long unreadCount);
    }

    private static final int PAGE = 100;

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Notifications notifications;

    InboxPages(PageContext ctx, CurrentAccount current, Notifications notifications) {
        this.ctx = ctx;
        this.current = current;
        this.notifications = notifications;
    }

    @GET
    public TemplateInstance inbox(@QueryParam("unread") String unread) {
        Account caller = current.require();
        boolean only = Params.bool(unread, "unread");
        return Pages.localized(Templates.inbox(ctx, notifications.list(caller.id, ctx.lang(), only, PAGE, 0), only,
                notifications.unread(caller.id)), ctx);
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        Notifications.Item item = notifications.markRead(caller.id, ctx.lang(), NotificationResource.id(id))
                .orElseThrow(() -> io.triad.web.ProblemException.notFound("No such notification"));
        return Pages.redirect("open".equals(fields.getFirst("then")) ? item.link() : "/notifications");
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        notifications.markAllRead(caller.id);
        return Pages.redirect("/notifications");
    }
}
