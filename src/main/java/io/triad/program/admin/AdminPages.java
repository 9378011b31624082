package io.triad.program.admin;

import io.triad.domain.validation.InvalidInput;
import io.triad.program.ProgramCard;
import io.triad.program.ProgramWording;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import io.triad.config.TriadConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The program administrator's pages: the programs list, the rule builder (new and edit), publish, close,
 * delete, and a program's best placements. PROGRAM_ADMIN accounts change their own programs, operators all.
 */
@Path("/admin/programs")
@Produces(MediaType.TEXT_HTML)
class AdminPages {
    private static final int PLACEMENTS_SHOWN = PlacementParties.LISTED;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext ctx, String title, List<ProgramCard> programs, String notice, boolean byDeadline);

        static native TemplateInstance edit(PageContext ctx, RuleBuilder builder);

        static native TemplateInstance confirmDelete(PageContext ctx, ProgramCard program);

        static native TemplateInstance matches(PageContext ctx, PlacementsView view);

        static native TemplateInstance opening(PageContext ctx, PartyViews.OpeningView opening);

        static native TemplateInstance student(PageContext ctx, PartyViews.StudentView student);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final AdminPrograms admin;
    private final ObjectMapper json;
    private final TriadConfig config;
    private final PlacementParties parties;

    AdminPages(PageContext ctx, CurrentAccount current, AdminPrograms admin, ObjectMapper json, TriadConfig config,
            PlacementParties parties) {
        this.parties = parties;
        this.ctx = ctx;
        this.current = current;
        this.admin = admin;
        this.json = json;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice, @QueryParam("program") String program,
            @QueryParam("sort") String sort) {
        Account caller = current.require();
        ProgramWording w = ProgramWording.of(ctx);
        List<ProgramCard> cards = admin.listFor(caller).stream().map(p -> ProgramCard.of(p, w, ctx.lang(), config.today()))
                .toList();
        boolean byDeadline = "deadline".equals(sort);
        if (byDeadline) {
            cards = cards.stream().sorted(java.util.Comparator.comparing(ProgramCard::deadlineOn,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        }
        String title = caller.role == Role.OPERATOR ? w.m().admin_title_all() : w.m().admin_title();
        return Pages.localized(Templates.list(ctx, title, cards, AdminNotices.text(notice, program, w.m()),
                byDeadline), ctx);
    }

    @GET
    @Path("new")
    public TemplateInstance newProgram() {
        admin.requireAdmin(current.require());
        return render(RuleBuilder.of(ProgramForm.blank(ctx.lang()), Map.of(), "", "", null, ProgramWording.of(ctx)));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Account caller = current.require();
        ctx.checkCsrf(form.getFirst("_csrf"));
        ProgramForm values = ProgramForm.from(form);
        String key = values.value("key").trim();
        ProgramStatus status = requestedStatus(form);
        try {
            admin.create(values.toJson(json, key, status), caller);
        } catch (InvalidInput e) {
            return invalid(e, values, key, "", null);
        }
        return Pages.redirect(AdminNotices.after(status, key));
    }

    @GET
    @Path("{key}/edit")
    public TemplateInstance edit(@PathParam("key") String key) {
        ProgramDoc doc = admin.changeable(key, current.require());
        return render(RuleBuilder.of(ProgramForm.of(doc, json), Map.of(), key, doc.name(), doc.status(), ProgramWording.of(ctx)));
    }

    @POST
    @Path("{key}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("key") String key, MultivaluedMap<String, String> form) {
        Account caller = current.require();
        ctx.checkCsrf(form.getFirst("_csrf"));
        ProgramForm values = ProgramForm.from(form);
        ProgramStatus status = requestedStatus(form);
        try {
            admin.update(key, values.toJson(json, key, status), caller);
        } catch (InvalidInput e) {
            ProgramDoc stored = admin.changeable(key, caller);
            return invalid(e, values, key, stored.name(), stored.status());
        }
        return Pages.redirect(AdminNotices.after(status, key));
    }

    @POST
    @Path("{key}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("key") String key, @FormParam("_csrf") String csrf) {
        return changeStatus(key, csrf, ProgramStatus.PUBLISHED);
    }

    @POST
    @Path("{key}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("key") String key, @FormParam("_csrf") String csrf) {
        return changeStatus(key, csrf, ProgramStatus.CLOSED);
    }

    @GET
    @Path("{key}/delete")
    public TemplateInstance confirmDelete(@PathParam("key") String key) {
        ProgramDoc doc = admin.changeable(key, current.require());
        return Pages.localized(Templates.confirmDelete(ctx, ProgramCard.of(doc, ProgramWording.of(ctx), ctx.lang())), ctx);
    }

    @POST
    @Path("{key}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("key") String key, @FormParam("_csrf") String csrf) {
        Account caller = current.require();
        ctx.checkCsrf(csrf);
        admin.delete(key, caller);
        return Pages.redirect(AdminNotices.link("deleted", key));
    }

    /** Ranked (opening, student) pairs the program would fund; drafts too, as a preview. */
    @GET
    @Path("{key}/matches")
    public TemplateInstance matches(@PathParam("key") String key, @QueryParam("asOf") String asOf) {
        Account caller = current.require();
        LocalDate day = Params.date(asOf, "asOf", config.today());
        AdminPrograms.Placements found = admin.placements(key, day, PLACEMENTS_SHOWN, caller);
        return Pages.localized(Templates.matches(ctx, PlacementsView.of(found.doc(), day, found,
                ProgramWording.of(ctx), ctx.lang())), ctx);
    }

    /** An opening of the program's best placements on {@code asOf}, read only (see {@link PlacementParties}). */
    @GET
    @Path("{key}/openings/{opening}")
    public TemplateInstance opening(@PathParam("key") String key, @PathParam("opening") String opening,
            @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date(asOf, "asOf", config.today());
        PlacementParties.OpeningOf found = parties.opening(key, opening, day, current.require());
        return Pages.localized(Templates.opening(ctx, PartyViews.opening(found, day.toString(), ctx.locale())), ctx);
    }

    /** A student of the program's best placements on {@code asOf}, as a startup sees one (the redacted view). */
    @GET
    @Path("{key}/students/{student}")
    public TemplateInstance student(@PathParam("key") String key, @PathParam("student") String student,
            @QueryParam("asOf") String asOf) {
        LocalDate day = Params.date(asOf, "asOf", config.today());
        PlacementParties.StudentOf found = parties.student(key, student, day, current.require());
        return Pages.localized(Templates.student(ctx, PartyViews.student(found, day.toString(), ctx.locale())), ctx);
    }

    private Response changeStatus(String key, String csrf, ProgramStatus status) {
        Account caller = current.require();
        ctx.checkCsrf(csrf);
        admin.setStatus(key, status, caller);
        return Pages.redirect(AdminNotices.after(status, key));
    }

    /** The form again with every violation beside its field and the values as typed (400); other problems go on. */
    private Response invalid(InvalidInput e, ProgramForm values, String key, String name, ProgramStatus status) {
        ProgramWording w = ProgramWording.of(ctx);
        RuleBuilder builder = RuleBuilder.of(values, FormErrors.of(e.violations(), w), key, name, status, w);
        return Response.status(400).entity(render(builder)).build();
    }

    private TemplateInstance render(RuleBuilder builder) {
        return Pages.localized(Templates.edit(ctx, builder), ctx);
    }

    private static ProgramStatus requestedStatus(MultivaluedMap<String, String> form) {
        return "publish".equals(form.getFirst("action")) ? ProgramStatus.PUBLISHED : ProgramStatus.DRAFT;
    }
}
