package io.triad.startup;

import io.triad.domain.validation.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.startup.StartupEditor.OpeningEdit;
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

/** The opening editor: an opening is saved as part of its whole startup, the other openings kept. */
@Path("/startups/{key}/openings")
@Produces(MediaType.TEXT_HTML)
class OpeningPages {

    @CheckedTemplate(basePath = "StartupPages")
    static class Templates {
        static native TemplateInstance opening(PageContext ctx, String startupKey, String startupName, String openingKey,
                OpeningForm form, FormErrors errors);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StartupEditor editor;

    OpeningPages(PageContext ctx, CurrentAccount current, StartupEditor editor) {
        this.ctx = ctx;
        this.current = current;
        this.editor = editor;
    }

    @GET
    @Path("new")
    public TemplateInstance newOpening(@PathParam("key") String key) {
        return page(editor.opening(key, null, current.require()), OpeningForm.empty(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        return save(key, null, fields);
    }

    @GET
    @Path("{opening}/edit")
    public TemplateInstance edit(@PathParam("key") String key, @PathParam("opening") String openingKey) {
        OpeningEdit edit = editor.opening(key, openingKey, current.require());
        return page(edit, OpeningForm.of(edit.opening()), FormErrors.none());
    }

    @POST
    @Path("{opening}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, @PathParam("opening") String openingKey,
            MultivaluedMap<String, String> fields) {
        return save(key, openingKey, fields);
    }

    @POST
    @Path("{opening}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("key") String key, @PathParam("opening") String openingKey,
            MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        editor.deleteOpening(key, openingKey, caller);
        return Pages.redirect("/startups/" + key + "?saved=1");
    }

    /** Saves the opening ({@code openingKey} null: a new one), or shows the form again with its errors (400). */
    private Response save(String key, String openingKey, MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        OpeningForm form = OpeningForm.of(fields);
        try {
            editor.saveOpening(key, openingKey, form, caller);
        } catch (InvalidInput e) {
            OpeningEdit edit = editor.opening(key, openingKey, caller);
            FormErrors errors = FormErrors.of(e.violations(), edit.violationPrefix(), OpeningForm.FIELDS);
            return Response.status(400).entity(page(edit, form, errors)).build();
        }
        return Pages.redirect("/startups/" + key + "?saved=1");
    }

    private TemplateInstance page(OpeningEdit edit, OpeningForm form, FormErrors errors) {
        String openingKey = edit.opening() == null ? "" : edit.opening().key();
        return Pages.localized(Templates.opening(ctx, edit.startupKey(), edit.startupName(), openingKey, form, errors),
                ctx);
    }
}
