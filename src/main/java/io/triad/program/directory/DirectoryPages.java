package io.triad.program.directory;

import io.triad.domain.validation.InvalidInput;
import io.triad.account.CurrentAccount;
import io.triad.program.ProgramCard;
import io.triad.program.ProgramDirectory;
import io.triad.program.ProgramService;
import io.triad.program.ProgramWording;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.domain.ProgramDoc;
import io.triad.web.ListPage;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/** The public program directory: search, filters and pages of results (a plain GET form), and one program's rules. */
@Path("/programs")
@Produces(MediaType.TEXT_HTML)
class DirectoryPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext ctx, DirectoryView view, boolean byDeadline, SavedSearch save);

        static native TemplateInstance detail(PageContext ctx, ProgramCard program, List<RuleDescriber.Group> groups);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final ProgramDirectory directory;
    private final ProgramService programs;
    private final io.triad.config.TriadConfig config;
    private final KeptDirectory kept;

    DirectoryPages(PageContext ctx, CurrentAccount current, ProgramDirectory directory, ProgramService programs,
            io.triad.config.TriadConfig config, KeptDirectory kept) {
        this.config = config;
        this.kept = kept;
        this.ctx = ctx;
        this.current = current;
        this.directory = directory;
        this.programs = programs;
    }

    /** Bad filters and search text the parser rejects answer 400 with the form, the errors beside their fields. */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("region") String region,
            @QueryParam("kind") String kind, @QueryParam("scope") String scope, @QueryParam("openOn") String openOn,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        DirectoryFilters filters = new DirectoryFilters(q, region, kind, scope, openOn, page, size);
        if (ctx.signedIn()) {
            return page(filters, sort);
        }
        // nobody signed in: the page holds nothing of the visitor (no form token, no name), so it is kept rendered
        return kept.page(filters, sort, ctx.lang(), config.today(), () -> page(filters, sort));
    }

    private Response page(DirectoryFilters filters, String sort) {
        ProgramWording w = ProgramWording.of(ctx);
        DirectoryFilters.Parsed parsed = filters.parse(w.m());
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        List<ProgramDoc> found = errors.isEmpty() ? search(parsed.query(), errors, w) : List.of();
        boolean byDeadline = "deadline".equals(sort);
        found = ordered(found, byDeadline, parsed.query() == null || parsed.query().q() == null
                || parsed.query().q().isBlank());
        ListPage<ProgramDoc> shown = ListPage.of(found, (parsed.page() - 1) * parsed.size(), parsed.size());
        DirectoryView view = DirectoryView.of(filters, parsed.page(), parsed.size(), shown, errors, w, ctx.lang(),
                config.today());
        // a signed-in reader may keep a search it can run: its alert tells of new programs that match
        SavedSearch save = ctx.signedIn() && errors.isEmpty() ? SavedSearch.of(parsed.query(), w, ctx.locale()) : null;
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Pages.localized(Templates.list(ctx, view, byDeadline, save), ctx)).build();
    }

    @GET
    @Path("{key}")
    public TemplateInstance detail(@PathParam("key") String key) {
        ProgramDoc program = programs.get(key, current.get());
        ProgramWording w = ProgramWording.of(ctx);
        return Pages.localized(Templates.detail(ctx, ProgramCard.of(program, w, ctx.lang(), config.today()),
                RuleDescriber.describe(program, w)), ctx);
    }

    /**
     * By closing date, then name; else as found: by name (the English one, from the database), or by relevance for a
     * text search. A French page reads French names, so its orders by name go by them (English when a program has
     * none), as a French reader collates them.
     */
    private List<ProgramDoc> ordered(List<ProgramDoc> found, boolean byDeadline, boolean byName) {
        String lang = ctx.lang();
        Comparator<ProgramDoc> name = Comparator.comparing((ProgramDoc p) -> p.nameIn(lang), collator(lang))
                .thenComparing(ProgramDoc::key);
        if (byDeadline) {
            return found.stream().sorted(Comparator.comparing((ProgramDoc p) -> p.intake().deadline(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(name)).toList();
        }
        return byName && "fr".equals(lang) ? found.stream().sorted(name).toList() : found;
    }

    private static Comparator<Object> collator(String lang) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    private List<ProgramDoc> search(ProgramDirectory.Query query, Map<String, String> errors, ProgramWording w) {
        try {
            return directory.search(query);
        } catch (InvalidInput e) {
            errors.put("q", w.m().dir_err_q());
            return List.of();
        }
    }
}
