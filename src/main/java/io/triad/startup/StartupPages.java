package io.triad.startup;

import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.account.Ownership;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.startup.StartupViews.OpeningRow;
import io.triad.startup.StartupViews.StartupRow;
import io.triad.startup.StartupViews.Summary;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.people.PeopleViews;
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
    private final StartupService startups;
    private final DocumentValidator validator;
    private final ObjectMapper mapper;

    StartupPages(PageContext ctx, CurrentAccount current, StartupService startups, DocumentValidator validator,
            ObjectMapper mapper) {
        this.ctx = ctx;
        this.current = current;
        this.startups = startups;
        this.validator = validator;
        this.mapper = mapper;
    }

    /** The account's startups; an operator sees every startup. */
    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("deleted") String deleted) {
        Account caller = StartupViews.startupAccount(current);
        List<StartupEntity> mine = caller.role == Role.OPERATOR ? StartupEntity.list("order by key")
                : startups.ownedBy(caller);
        List<StartupRow> rows = mine.stream().map(s -> new StartupRow(s.key, s.name, PeopleViews.name(s.doc.stage()),
                s.doc.region(), s.doc.city(), (int) OpeningEntity.count("startup", s))).toList();
        return Pages.localized(Templates.list(ctx, rows, deleted != null), ctx);
    }

    @GET
    @Path("new")
    public TemplateInstance newStartup() {
        StartupViews.startupAccount(current);
        return Pages.localized(Templates.form(ctx, "", StartupForm.empty(), FormErrors.none()), ctx);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        Account caller = StartupViews.startupAccount(current);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StartupForm form = StartupForm.of(fields);
        String key = PeopleViews.newKey(form.name(), "startup", k -> StartupEntity.byKey(k).isPresent());
        return save(key, form, null, Ownership.ownerOfNew(caller, Role.STARTUP));
    }

    @GET
    @Path("{key}")
    @Transactional
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("saved") String saved) {
        StartupDoc doc = startups.view(StartupViews.owned(current, key));
        List<OpeningRow> openings = doc.openings().stream().map(o -> OpeningRow.of(o, ctx.locale())).toList();
        return Pages.localized(Templates.show(ctx, Summary.of(doc, ctx.locale()), openings, saved != null), ctx);
    }

    @GET
    @Path("{key}/edit")
    @Transactional
    public TemplateInstance edit(@PathParam("key") String key) {
        StartupEntity startup = StartupViews.owned(current, key);
        return Pages.localized(Templates.form(ctx, key, StartupForm.of(startup.doc), FormErrors.none()), ctx);
    }

    @POST
    @Path("{key}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response update(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        StartupEntity startup = StartupViews.owned(current, key);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        return save(key, StartupForm.of(fields), startup, startup.owner);
    }

    /** The confirmation step before a startup and its openings are deleted. */
    @GET
    @Path("{key}/delete")
    @Transactional
    public TemplateInstance confirmDelete(@PathParam("key") String key) {
        StartupDoc doc = startups.view(StartupViews.owned(current, key));
        return Pages.localized(Templates.confirmDelete(ctx, Summary.of(doc, ctx.locale()), doc.openings().size()), ctx);
    }

    @POST
    @Path("{key}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response delete(@PathParam("key") String key, MultivaluedMap<String, String> fields) {
        StartupEntity startup = StartupViews.owned(current, key);
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        startups.delete(startup);
        return Pages.redirect("/startups?deleted=1");
    }

    /** Validates the form as a whole startup document (its openings kept) and saves it, or shows the errors. */
    private Response save(String key, StartupForm form, StartupEntity existing, Account owner) {
        var openings = existing == null ? List.<OpeningDoc>of() : startups.view(existing).openings();
        StartupDoc doc;
        try {
            doc = validator.startup(form.toJson(key, openings, mapper));
        } catch (InvalidInput e) {
            FormErrors errors = FormErrors.of(e.violations(), "", StartupForm.FIELDS);
            return Response.status(400).entity(Pages.localized(
                    Templates.form(ctx, existing == null ? "" : key, form, errors), ctx)).build();
        }
        startups.save(doc, owner);
        return Pages.redirect("/startups/" + key + "?saved=1");
    }
}
