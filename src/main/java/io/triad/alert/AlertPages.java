package io.triad.alert;

import io.triad.db.Sql;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.ProgramKind;
import io.triad.domain.Role;
import io.triad.domain.Scope;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.ProblemException;
import jakarta.transaction.Transactional;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Saved alerts on one page: save a directory search (prefilled from the directory's q, region, kind and scope), a
 * founder's "students who fit this opening above a score", a student's "new openings that fit me"; pause, resume,
 * edit and delete each.
 */
@Path("/alerts")
@Produces(MediaType.TEXT_HTML)
class AlertPages {
    /** The new directory search form's values. */
    record Search(String q, String region, String kind, String scope) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance alerts(PageContext ctx, List<Alert> alerts, Search search, List<String> openings,
                boolean founder, boolean student, List<String> kinds, List<String> scopes, boolean saved);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final Alerts alerts;
    private final Sql db;

    AlertPages(PageContext ctx, CurrentAccount current, Alerts alerts, Sql db) {
        this.ctx = ctx;
        this.current = current;
        this.alerts = alerts;
        this.db = db;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("kind") String kind, @QueryParam("scope") String scope, @QueryParam("saved") String saved) {
        Account caller = current.require();
        List<String> openings = db.list("select o.key from opening o join startup s on s.id = o.startup_id "
                + "where s.owner_id = ? order by o.key", rs -> rs.getString(1), caller.id);
        return Pages.localized(Templates.alerts(ctx, alerts.list(caller.id), new Search(text(q), text(region), text(kind),
                text(scope)), openings, caller.role == Role.STARTUP, caller.role == Role.STUDENT,
                names(ProgramKind.values()), names(Scope.values()), saved != null), ctx);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        alerts.save(caller, fields.getFirst("alert"), single(fields));
        return Pages.redirect("/alerts?saved=true");
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String rawId, @PathParam("action") String action,
            MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(fields.getFirst("_csrf"));
        UUID id = id(rawId);
        switch (action) {
            case "edit" -> alerts.edit(caller, id, single(fields));
            case "pause" -> alerts.pause(caller, id, true);
            case "resume" -> alerts.pause(caller, id, false);
            case "delete" -> alerts.delete(caller, id);
            default -> throw ProblemException.notFound("No such action");
        }
        return Pages.redirect("/alerts");
    }

    private static UUID id(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No such alert");
        }
    }

    private static Map<String, String> single(MultivaluedMap<String, String> fields) {
        Map<String, String> out = new HashMap<>();
        fields.forEach((k, v) -> out.put(k, v.isEmpty() ? null : v.get(0)));
        return out;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
