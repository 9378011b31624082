package io.triad.importing;

import io.triad.account.CurrentAccount;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.account.Account;
import io.triad.account.Ownership;
import io.triad.domain.Role;
import io.triad.importing.ImportService.Counts;
import io.triad.importing.ImportService.Importer;
import io.triad.importing.ProgramCsv.RowError;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.Params;
import io.triad.web.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk import of programs for program administrators and operators: a JSON import document or a CSV of programs
 * (one row per program), uploaded or pasted. Both go through {@link ImportService}, so validation is the API's; a CSV
 * is all or nothing and its errors name the row and column.
 */
@Path("/admin/import")
@Produces(MediaType.TEXT_HTML)
class ProgramImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageContext ctx, Failure failure, Counts imported, String pasted,
                List<ProgramCsv.Column> columns);
    }

    /**
     * Why nothing was imported: {@code kind} is {@code empty}, {@code json} (with {@code line} and {@code column}),
     * {@code programsOnly}, {@code forbidden}, {@code notFound}, {@code conflict} or {@code failed} (with
     * {@code detail}), or {@code rows}.
     */
    record Failure(String kind, long line, long column, String detail, List<RowError> rows) {
        static Failure of(String kind, String detail) {
            return new Failure(kind, 0, 0, detail, List.of());
        }

        /** The problem an import ended with, by its status: a program the account may not know of is 404 as in the API. */
        static Failure of(ProblemException e) {
            String kind = switch (e.status()) {
                case 403 -> "forbidden";
                case 404 -> "notFound";
                case 409 -> "conflict";
                default -> "failed";
            };
            return new Failure(kind, 0, 0, e.getMessage(), List.of());
        }

        /** The page's status: the problem's for a refusal or a conflict, else 400. */
        int status() {
            return switch (kind) {
                case "forbidden" -> 403;
                case "notFound" -> 404;
                case "conflict" -> 409;
                default -> 400;
            };
        }
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final ImportService imports;
    private final ObjectMapper json;

    ProgramImportPages(PageContext ctx, CurrentAccount current, ImportService imports, ObjectMapper json) {
        this.ctx = ctx;
        this.current = current;
        this.imports = imports;
        this.json = json;
    }

    @GET
    public TemplateInstance page(@QueryParam("programs") String programs, @QueryParam("startups") String startups,
            @QueryParam("openings") String openings, @QueryParam("students") String students) {
        importer();
        Counts imported = programs == null ? null : new Counts(count(programs), count(startups), count(openings),
                count(students));
        return render(null, imported, "");
    }

    /** A CSV file with the documented header and one example row. */
    @GET
    @Path("programs-template.csv")
    @Produces("text/csv")
    public Response template() {
        importer();
        return Response.ok(ProgramCsv.template(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"programs-template.csv\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("_csrf") String csrf, @RestForm("file") FileUpload file,
            @RestForm("text") String text) {
        ctx.checkCsrf(csrf);
        Account account = importer();
        String pasted = text == null ? "" : text;
        String content = file != null && file.size() > 0 ? read(file) : pasted;
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (body.isBlank()) {
            return invalid(Failure.of("empty", ""), pasted);
        }
        try {
            Counts counts = body.stripLeading().startsWith("{") ? importJson(body, account) : importCsv(body, account);
            return Pages.redirect("/admin/import?programs=" + counts.programs() + "&startups=" + counts.startups()
                    + "&openings=" + counts.openings() + "&students=" + counts.students());
        } catch (Rejected e) {
            return invalid(e.failure, pasted);
        }
    }

    private Counts importJson(String body, Account account) throws Rejected {
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new Rejected(new Failure("json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(), List.of()));
        }
        if (account.role != Role.OPERATOR && (hasItems(document, "startups") || hasItems(document, "students"))) {
            throw new Rejected(Failure.of("programsOnly", ""));
        }
        return apply(document, account, List.of());
    }

    private Counts importCsv(String body, Account account) throws Rejected {
        ProgramCsv.Parsed parsed = ProgramCsv.parse(body);
        if (!parsed.errors().isEmpty()) {
            throw new Rejected(new Failure("rows", 0, 0, "", parsed.errors()));
        }
        return apply(parsed.document(), account, parsed.rows());
    }

    /** Imports the document; {@code rows} (CSV only) turns violation paths into rows and columns. */
    private Counts apply(JsonNode document, Account account, List<Integer> rows) throws Rejected {
        try {
            return imports.importDocument(document, new Importer(account, null));
        } catch (InvalidInput e) {
            ImportMessages m = ctx.french()
                    ? MessageBundles.get(ImportMessages.class, Localized.Literal.of("fr"))
                    : MessageBundles.get(ImportMessages.class);
            List<RowError> errors = e.violations().stream().limit(500)
                    .map(v -> rows.isEmpty() ? new RowError(0, v.field(), v) : ProgramCsv.toRow(v, rows, m::row_ref))
                    .toList();
            throw new Rejected(new Failure("rows", 0, 0, "", errors));
        } catch (ProblemException e) {
            throw new Rejected(Failure.of(e));
        }
    }

    private Response invalid(Failure failure, String pasted) {
        return Response.status(failure.status()).type(MediaType.TEXT_HTML_TYPE).entity(render(failure, null, pasted))
                .build();
    }

    private TemplateInstance render(Failure failure, Counts imported, String pasted) {
        return Pages.localized(Templates.page(ctx, failure, imported, pasted, ProgramCsv.COLUMNS), ctx);
    }

    /** The signed-in program administrator or operator (others: 403; nobody signed in: the log-in page). */
    private Account importer() {
        Account account = current.require();
        Ownership.requireRole(account, Role.PROGRAM_ADMIN);
        return account;
    }

    private static boolean hasItems(JsonNode document, String array) {
        JsonNode node = document == null ? null : document.get(array);
        return node != null && !node.isNull() && !(node.isArray() && node.isEmpty());
    }

    private static int count(String raw) {
        return Params.integer(raw, "count", 0, 0, Integer.MAX_VALUE);
    }

    private static String read(FileUpload file) {
        try {
            // Lenient decoding: a stray byte shows up as a violation of its field, not as a failed request.
            return new String(Files.readAllBytes(file.uploadedFile()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends an upload with what to show instead of counts. */
    private static final class Rejected extends Exception {
        private final transient Failure failure;

        Rejected(Failure failure) {
            super(failure.kind(), null, false, false);
            this.failure = failure;
        }
    }
}
