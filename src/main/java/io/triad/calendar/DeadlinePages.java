package io.triad.calendar;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The deadlines page: the account's dates soonest first, and its calendar address (create, replace, revoke). */
@Path("/deadlines")
@Produces(MediaType.TEXT_HTML)
class DeadlinePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadlines(PageContext ctx, List<Deadline> deadlines, String feed, String webcal);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Deadlines deadlines;
    private final CalendarTokens tokens;
    private final String baseUrl;

    DeadlinePages(PageContext ctx, CurrentAccount current, Deadlines deadlines, CalendarTokens tokens,
            @ConfigProperty(name = "triad.mail.base-url", defaultValue = "http://localhost:8080") String baseUrl) {
        this.ctx = ctx;
        this.current = current;
        this.deadlines = deadlines;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    @GET
    public TemplateInstance list() {
        Account caller = current.require();
        String feed = tokens.current(caller.id).map(t -> baseUrl + "/calendar/" + t + ".ics").orElse(null);
        String webcal = feed == null ? null : feed.replaceFirst("^https?://", "webcal://");
        return Pages.localized(Templates.deadlines(ctx, deadlines.of(caller.id, caller.role), feed, webcal), ctx);
    }

    /** {@code action}: {@code renew} (a new address; the old one stops working) or {@code revoke}. */
    @POST
    @Path("calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calendar(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        if ("revoke".equals(fields.getFirst("action"))) {
            tokens.revoke(caller.id);
        } else {
            tokens.renew(caller.id);
        }
        return Pages.redirect("/deadlines");
    }
}
