package io.triad.importing;

import io.triad.account.CurrentAccount;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.importing.ImportJobs.Job;
import io.triad.web.OperationsFormats;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.ProblemException;
import io.triad.config.TriadConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The operator's import pages: whole documents imported in the background, with their progress. */
@Path("/operator")
@Produces(MediaType.TEXT_HTML)
class OperatorPages {
    /** Seconds between reloads of a running import's page. */
    static final int REFRESH_SECONDS = 2;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(PageContext ctx, List<JobRow> jobs, boolean missingFile);

        static native TemplateInstance job(PageContext ctx, Job job, String size, boolean megabytes, String started,
                boolean refreshing, int refreshSeconds);
    }

    /** A job in the list of recent imports. */
    record JobRow(String id, String fileName, String startedBy, String started, ImportJobs.Phase phase) {
    }

    private final PageContext ctx;
    private final CurrentAccount current;
    private final ImportJobs jobs;
    private final TriadConfig config;

    OperatorPages(PageContext ctx, CurrentAccount current, ImportJobs jobs, TriadConfig config) {
        this.ctx = ctx;
        this.current = current;
        this.jobs = jobs;
        this.config = config;
    }

    @GET
    @Path("import")
    public TemplateInstance importPage() {
        operator();
        return importPage(false);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("_csrf") String csrf, @RestForm("file") FileUpload file) {
        ctx.checkCsrf(csrf);
        Account operator = operator();
        if (file == null || file.size() == 0) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(importPage(true)).build();
        }
        java.nio.file.Path copy;
        try {
            // The upload's own file is deleted when the request ends; the job outlives it, so it keeps a sealed copy.
            try (var in = Files.newInputStream(file.uploadedFile())) {
                copy = SealedFile.write(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Job job = jobs.start(copy, file.fileName() == null ? "" : file.fileName(), file.size(), operator);
        return Pages.redirect("/operator/import/" + job.id());
    }

    @GET
    @Path("import/{id}")
    public Response job(@PathParam("id") String id, @QueryParam("refresh") String refresh) {
        operator();
        Job job = jobs.get(id).orElseThrow(() -> ProblemException.notFound("No import '" + id + "'"));
        boolean refreshing = !job.finished() && !"off".equals(refresh);
        boolean megabytes = job.bytes() >= 1024 * 1024;
        TemplateInstance page = Pages.localized(Templates.job(ctx, job, size(job.bytes()), megabytes,
                time(job.created()), refreshing, REFRESH_SECONDS), ctx);
        Response.ResponseBuilder response = Response.ok(page, MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        // The Refresh header reloads the page without script; a <meta> refresh would fail WCAG 2.2.1 checks.
        return refreshing ? response.header("Refresh", Integer.toString(REFRESH_SECONDS)).build() : response.build();
    }

    private TemplateInstance importPage(boolean missingFile) {
        List<JobRow> rows = jobs.recent().stream()
                .map(j -> new JobRow(j.id(), j.fileName(), j.startedBy(), time(j.created()), j.phase())).toList();
        return Pages.localized(Templates.importPage(ctx, rows, missingFile), ctx);
    }

    /** Kilobytes (whole) under a megabyte, else megabytes with one decimal. */
    private String size(long bytes) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(OperationsFormats.of(ctx.locale()));
        f.setMaximumFractionDigits(bytes >= 1024 * 1024 ? 1 : 0);
        return f.format(bytes >= 1024 * 1024 ? bytes / (1024.0 * 1024) : Math.max(1, Math.ceil(bytes / 1024.0)));
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(OperationsFormats.of(ctx.locale())).withZone(config.zone()).format(at);
    }

    /** The signed-in operator; anyone else signed in: 403; nobody: the log-in page. */
    private Account operator() {
        Account account = current.require();
        if (account.role != Role.OPERATOR) {
            throw ProblemException.forbidden("Only operators may do this");
        }
        return account;
    }
}
