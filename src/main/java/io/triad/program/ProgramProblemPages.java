package io.triad.program;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.triad.web.PageContext;
import io.triad.web.Pages;
import io.triad.web.ProblemException;
import io.triad.web.ProgramMessages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A failed request of the program pages as an HTML page with the right status, not a JSON problem. */
final class ProgramProblemPages {
    private ProgramProblemPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(PageContext ctx, String title, String text);
    }

    static Response render(PageContext ctx, ProblemException e) {
        ProgramMessages m = ProgramWording.of(ctx).m();
        String title;
        String text;
        switch (e.status()) {
            case 400 -> {
                title = m.problem_400();
                text = m.problem_text();
            }
            case 403 -> {
                title = m.problem_403();
                text = m.problem_403_text();
            }
            case 404 -> {
                title = m.problem_404();
                text = m.problem_404_text();
            }
            case 503 -> {
                title = m.problem_503();
                text = m.problem_503_text();
            }
            default -> {
                title = m.problem_other();
                text = m.problem_text();
            }
        }
        // Rendered here: an exception mapper's entity does not pass through the template response handler.
        String html = Pages.localized(Templates.problem(ctx, title, text), ctx).render();
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html);
        e.headers().forEach(response::header);
        return response.build();
    }
}
