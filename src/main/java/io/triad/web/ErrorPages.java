package io.triad.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Browsers asking for a page get the problem as an HTML page in the site's layout; API clients keep
 * the problem document.
 */
class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext ctx, Problem problem);
    }

    private final PageContext ctx;

    ErrorPages(PageContext ctx) {
        this.ctx = ctx;
    }

    @ServerResponseFilter
    void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        boolean page = !request.getUriInfo().getPath().startsWith("/api");
        boolean wantsHtml = request.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
        if (page && wantsHtml && response.getEntity() instanceof Problem problem) {
            response.setEntity(Pages.localized(Templates.error(ctx, problem), ctx).render(), null,
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
