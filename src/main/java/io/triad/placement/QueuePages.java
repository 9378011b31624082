package io.triad.placement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.CurrentAccount;
import io.triad.placement.PageModels.ApplicationLine;
import io.triad.program.dashboard.UptakeCard;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A program's applications queue (oldest first, by status) with its verdicts and decisions, and its uptake. */
@Path("/admin/programs")
@Produces(MediaType.TEXT_HTML)
class QueuePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageContext ctx, String key, String name, String status,
                List<String> statuses, List<ApplicationLine> applications, UptakeCard uptake, String here);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Queues queues;

    QueuePages(PageContext ctx, CurrentAccount current, Queues queues) {
        this.ctx = ctx;
        this.current = current;
        this.queues = queues;
    }

    @GET
    @Path("{key}/applications")
    public TemplateInstance queue(@PathParam("key") String key, @QueryParam("status") String status) {
        ApplicationStatus only = Params.enumValue(status, "status", ApplicationStatus.class);
        Queues.Queue q = queues.queue(key, only, current.require(), ctx.locale());
        List<String> statuses = java.util.Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();
        String here = "/admin/programs/" + key + "/applications" + (only == null ? "" : "?status=" + only);
        return Pages.localized(Templates.queue(ctx, key, q.name(), only == null ? "" : only.name(), statuses,
                q.applications(), q.uptake(), here), ctx);
    }
}
