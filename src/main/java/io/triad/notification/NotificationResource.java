package io.triad.notification;

import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.web.ListPage;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The inbox over the API: the caller's notifications (subjects in the account's language), and reading one. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
class NotificationResource {
    private final Notifications notifications;
    private final CurrentAccount current;

    NotificationResource(Notifications notifications, CurrentAccount current) {
        this.notifications = notifications;
        this.current = current;
    }

    @GET
    public ListPage<Notifications.Item> list(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
            @QueryParam("page") String page) {
        Account caller = current.require();
        return notifications.list(caller.id, caller.language, Params.bool(unread, "unread"), Params.limit(limit),
                Params.integer(page, "page", 0, 0, 1_000_000));
    }

    @POST
    @Path("{id}/read")
    public Notifications.Item read(@PathParam("id") String id) {
        Account caller = current.require();
        return notifications.markRead(caller.id, caller.language, id(id))
                .orElseThrow(() -> ProblemException.notFound("No such notification"));
    }

    static UUID id(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("No such notification");
        }
    }
}
