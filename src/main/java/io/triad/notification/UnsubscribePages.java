package io.triad.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One-click unsubscribe (RFC 8058): a mail's List-Unsubscribe address. A POST (what mail clients send, with
 * {@code List-Unsubscribe=One-Click}) turns the mail's kinds to "no mail"; the secret token in the address is the
 * authority, so no session and no form token are needed. A GET only shows a button: link scanners follow GETs.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
class UnsubscribePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(PageContext ctx, String token, boolean known, boolean done);
    }

    private final PageContext ctx;
    private final Unsubscribing unsubscribing;

    UnsubscribePages(PageContext ctx, Unsubscribing unsubscribing) {
        this.ctx = ctx;
        this.unsubscribing = unsubscribing;
    }

    @GET
    public Response ask(@PathParam("token") String token) {
        boolean known = unsubscribing.known(token);
        return Response.status(known ? 200 : 404)
                .entity(Pages.localized(Templates.unsubscribe(ctx, token, known, false), ctx)).build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN,
            MediaType.WILDCARD})
    public Response unsubscribe(@PathParam("token") String token) {
        boolean done = unsubscribing.unsubscribe(token);
        return Response.status(done ? 200 : 404)
                .entity(Pages.localized(Templates.unsubscribe(ctx, token, done, done), ctx)).build();
    }
}
