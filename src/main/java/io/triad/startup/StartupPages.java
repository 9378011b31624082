package io.triad.startup;

import io.triad.domain.validation.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.StartupDoc;
import io.triad.startup.StartupViews.OpeningRow;
import io.triad.startup.StartupViews.StartupRow;
import io.triad.startup.StartupViews.Summary;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.people.PeopleViews;
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

/** A founder's startups: the list, the company profile editor and the startup's page with its openings. */
@Path("/startups")
@Produces(MediaType.TEXT_HTML)
class StartupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext ctx, List<StartupRow> startups, boolean deleted);

        static native TemplateInstance form(PageContext ctx, String key, StartupForm form, FormErrors errors);

        static native TemplateInstance show(PageContext ctx, Summary startup, List<OpeningRow> openings, boolean saved);

        static native TemplateInstance confirmDelete(PageContext ctx, Summary startup, int openings);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupEditor editor;
    private final io.triad.config.TriadConfig config;

    StartupPages(PageContext ctx, CurrentAccount current, StartupEditor editor, io.triad.config.TriadConfig config) {
        this.config = config;
        this.ctx = ctx;
        this.current = current;
        this.editor = editor;
    }

    /** The account's startups; an operator sees every startup. */
    @GET
    public TemplateInstance list(@QueryParam("deleted") String deleted) {
        List<StartupRow> rows = editor.list(current.require()).stream().map(s -> new StartupRow(s.doc().key(),
                s.doc().name(), PeopleViews.name(s.doc().stage()), s.doc().region(), s.doc().city(), s.openings()))
                .toList();
        return Pages.localized(Templates.list(ctx, rows, deleted != null), ctx);
    }

    @GET
    @Path("new")
    public TemplateInstance newStartup() {
        editor.requireFounder(current.require());
        return form("", StartupForm.empty(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StartupForm form = StartupForm.of(fields);
        try {
            return saved(editor.create(form, caller));
        } catch (InvalidInput e) {
            return invalid("", form, e);
        }
    }

    @GET
    @Path("{key}")
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("saved") String saved) {
        StartupDoc doc = editor.show(key, current.require());
        List<OpeningRow> openings = doc.openings().stream().map(o -> OpeningRow.of(o, ctx.locale(), config.today()))
                .toList();
        return Pages.localized(Templates.show(ctx, Summary.of(doc, ctx.locale()), openings, saved != null), ctx);
    }

    @GET
    @Path("{key}/edit")
    public TemplateInstance edit(@PathParam("key") String key) {
        return form(key, StartupForm.of(editor.show(key, current.require())), FormErrors.none());
    }

    @POST
    @Path("{key}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StartupForm form = StartupForm.of(fields);
        try {
            editor.update(key, form, caller);
            return saved(key);
        } catch (InvalidInput e) {
            return invalid(key, form, e);
        }
    }

    /** The confirmation step before a startup and its openings are deleted. */
    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDelete(@PathParam("key") String key) {
        StartupDoc doc = editor.show(key, current.require());
        return Pages.localized(Templates.confirmDelete(ctx, Summary.of(doc, ctx.locale()), doc.openings().size()), ctx);
    }

    @POST
    @Path("{key}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        editor.delete(key, caller);
        return Pages.redirect("/startups?deleted=1");
    }

    private static Response saved(String key) {
        return Pages.redirect("/startups/" + key + "?saved=1");
    }

    /** The form again (400) with the errors beside their fields and the values as typed. */
    private Response invalid(String key, StartupForm form, InvalidInput e) {
        FormErrors errors = FormErrors.of(e.violations(), "", StartupForm.FIELDS);
        return Response.status(400).entity(form(key, form, errors)).build();
    }

    private TemplateInstance form(String key, StartupForm form, FormErrors errors) {
        return Pages.localized(Templates.form(ctx, key, form, errors), ctx);
    }
}
