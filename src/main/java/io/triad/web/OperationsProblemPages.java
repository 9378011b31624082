package io.triad.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A refused request of the operations pages (dashboards, imports, accounts) as an HTML page in the reader's language,
 * with the problem's status and headers, instead of the API's problem document.
 */
public final class OperationsProblemPages {
    private OperationsProblemPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(PageContext ctx, int status, String detail);
    }

    /** For a resource's {@code @ServerExceptionMapper}; the page is rendered here, as mappers' entities are not. */
    public static Response render(PageContext ctx, ProblemException e) {
        String detail = e.violations() == null || e.violations().isEmpty() ? ""
                : e.violations().stream().map(v -> v.field() + ": " + v.message())
                        .collect(java.util.stream.Collectors.joining("; "));
        String html = Pages.localized(Templates.problem(ctx, e.status(), detail), ctx).render();
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html);
        e.headers().forEach(response::header);
        return response.build();
    }
}
