package io.triad.student;

import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.account.CurrentAccount;
import io.triad.domain.Role;
import io.triad.domain.StudentDoc;
import io.triad.domain.validation.DocumentValidator;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.OpeningForStudent;
import io.triad.matching.MatchResults.Page;
import io.triad.student.StudentMatchViews.OpeningCard;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.people.PeopleForms;
import io.triad.people.PeopleViews.FormErrors;
import io.triad.people.PeopleViews;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.transaction.Transactional;
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

        static native TemplateInstance matches(PageContext ctx, boolean hasProfile, List<OpeningCard> openings,
                long total, String moreUrl);
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final StudentService students;
    private final DocumentValidator validator;
    private final ObjectMapper mapper;
    private final SearchIndex index;
    private final TriadConfig config;

    StudentPages(PageContext ctx, CurrentAccount current, StudentService students, DocumentValidator validator,
            ObjectMapper mapper, SearchIndex index, TriadConfig config) {
        this.ctx = ctx;
        this.current = current;
        this.students = students;
        this.validator = validator;
        this.mapper = mapper;
        this.index = index;
        this.config = config;
    }

    @GET
    @Transactional
    public TemplateInstance profile(@QueryParam("saved") String saved) {
        Account caller = student();
        Optional<StudentEntity> mine = StudentEntity.ownedBy(caller);
        StudentForm form = mine.map(s -> StudentForm.of(s.doc)).orElseGet(() -> StudentForm.empty(caller.email));
        String key = mine.map(s -> s.key).orElse("");
        return Pages.localized(Templates.profile(ctx, key, form, FormErrors.none(), saved != null && !key.isEmpty()), ctx);
    }

    /** Creates the account's one profile (its key made from the name) or replaces it whole. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(MultivaluedMap<String, String> fields) {
        Account caller = student();
        ctx.checkCsrf(PeopleForms.first(fields, "_csrf"));
        StudentForm form = StudentForm.of(fields);
        Optional<StudentEntity> mine = StudentEntity.ownedBy(caller);
        String key = mine.map(s -> s.key)
                .orElseGet(() -> PeopleViews.newKey(form.name(), "student", k -> StudentEntity.byKey(k).isPresent()));
        StudentDoc doc;
        try {
            doc = validator.student(form.toJson(key, mapper));
        } catch (InvalidInput e) {
            FormErrors errors = FormErrors.of(e.violations(), "", StudentForm.FIELDS);
            return Response.status(400).entity(Pages.localized(
                    Templates.profile(ctx, mine.isPresent() ? key : "", form, errors, false), ctx)).build();
        }
        students.save(doc, caller);
        return Pages.redirect("/student?saved=1");
    }

    @GET
    @Path("matches")
    @Transactional
    public TemplateInstance matches(@QueryParam("limit") String limit) {
        Optional<StudentEntity> mine = StudentEntity.ownedBy(student());
        if (mine.isEmpty()) {
            return Pages.localized(Templates.matches(ctx, false, List.of(), 0, ""), ctx);
        }
        int shown = limit(limit);
        Page<OpeningForStudent> page = index.engine().forStudent(mine.get().doc, config.today(), shown);
        List<OpeningCard> cards = StudentMatchViews.cards(page.items(), ctx.locale());
        String more = cards.size() < page.total() ? "?limit=" + Math.min(1000, shown + PAGE) : "";
        return Pages.localized(Templates.matches(ctx, true, cards, page.total(), more), ctx);
    }

    /** The signed-in student account: 401 anonymous, 403 any other role. */
    private Account student() {
        Account caller = current.require();
        if (caller.role != Role.STUDENT) {
            throw ProblemException.forbidden("Only student accounts have a student profile");
        }
        return caller;
    }

    private static int limit(String raw) {
        try {
            return raw == null || raw.isBlank() ? PAGE : Math.max(1, Math.min(1000, Integer.parseInt(raw.trim())));
        } catch (NumberFormatException e) {
            return PAGE;
        }
    }
}
