package io.triad.student;

import io.triad.domain.validation.InvalidInput;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.triad.config.TriadConfig;
import io.triad.indexing.SearchIndex;
import java.time.LocalDate;
import java.util.Locale;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.StudentDoc;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.student.StudentMatchViews.OpeningCard;
import io.triad.student.StudentProfile.OwnMatches;
import io.triad.web.KeptFrames;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.SplicedPage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/** A student's own profile editor and the openings that fit it. */
@Path("/student")
@Produces(MediaType.TEXT_HTML)
class StudentPages {
    static final int PAGE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(PageContext ctx, String key, StudentForm form, FormErrors errors,
                boolean saved);

        static native TemplateInstance matches(PageContext ctx, RawString body);

        static native TemplateInstance matchesBody(boolean hasProfile, RawString list, int shown, long total,
                String moreUrl);

        static native TemplateInstance matchList(List<OpeningCard> openings);

        static native TemplateInstance preview(PageContext ctx, StudentPreview student);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StudentProfile profile;
    private final KeptMatchLists lists;
    private final SearchIndex index;
    private final TriadConfig config;

    StudentPages(PageContext ctx, CurrentAccount current, StudentProfile profile, KeptMatchLists lists,
            SearchIndex index, TriadConfig config) {
        this.lists = lists;
        this.index = index;
        this.config = config;
        this.ctx = ctx;
        this.current = current;
        this.profile = profile;
    }

    @GET
    public TemplateInstance profile(@QueryParam("saved") String saved) {
        Account caller = current.require();
        Optional<StudentDoc> mine = profile.of(caller);
        StudentForm form = mine.map(StudentForm::of).orElseGet(() -> StudentForm.empty(caller.email));
        String key = mine.map(StudentDoc::key).orElse("");
        return Pages.localized(Templates.profile(ctx, key, form, FormErrors.none(), saved != null && !key.isEmpty()), ctx);
    }

    /** Creates the account's one profile (its key made from the name) or replaces it whole. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        Account caller = current.require();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StudentForm form = StudentForm.of(fields);
        try {
            profile.save(form, caller);
        } catch (InvalidInput e) {
            String key = profile.of(caller).map(StudentDoc::key).orElse("");
            FormErrors errors = FormErrors.of(e.violations(), "", StudentForm.FIELDS);
            return Response.status(400).entity(Pages.localized(
                    Templates.profile(ctx, key, form, errors, false), ctx)).build();
        }
        return Pages.redirect("/student?saved=1");
    }

    /** The profile as a startup sees it (API.md: the redacted view, without birth date, work status, groups, email). */
    @GET
    @Path("preview")
    public Response preview() {
        Optional<StudentDoc> mine = profile.of(current.require());
        if (mine.isEmpty()) {
            return Pages.redirect("/student");
        }
        return Response.ok(Pages.localized(Templates.preview(ctx, StudentPreview.of(mine.get(), ctx.locale())), ctx))
                .build();
    }

    @GET
    @Path("matches")
    public SplicedPage matches(@QueryParam("limit") String limit) {
        int shown = limit(limit);
        Optional<StudentDoc> mine = profile.keptOf(current.require());
        Locale locale = ctx.locale();
        if (mine.isEmpty()) {
            return framed(SplicedPage.kept(Templates.matchesBody(false, new RawString(""), 0, 0, "").setLocale(locale)
                    .render()));
        }
        LocalDate today = config.today();
        // the page below its title is kept with the list; the layout around it per viewer's links (KeptFrames)
        KeptMatchLists.Shown list = lists.get(index.engine()::generation,
                new KeptMatchLists.Asked(mine.get(), today, shown, ctx.lang()), () -> {
                    OwnMatches found = profile.matchesOf(mine.get(), today, shown);
                    List<OpeningCard> cards = StudentMatchViews.cards(found, locale);
                    String more = cards.size() < found.page().total() ? "?limit=" + Math.min(1000, shown + PAGE) : "";
                    RawString rendered = new RawString(Templates.matchList(cards).setLocale(locale).render());
                    return new KeptMatchLists.Shown(SplicedPage.kept(Pages.compact(Templates.matchesBody(true, rendered,
                            cards.size(), found.page().total(), more).setLocale(locale).render())));
                });
        return framed(list.body());
    }

    private SplicedPage framed(byte[] body) {
        return KeptFrames.page(ctx, "StudentPages/matches", () -> Templates.matches(ctx, SplicedPage.MARK),
                List.of(body));
    }

    private static int limit(String raw) {
        try {
            return raw == null || raw.isBlank() ? PAGE : Math.max(1, Math.min(1000, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }
}
