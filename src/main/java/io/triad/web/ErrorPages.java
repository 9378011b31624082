package io.triad.web;

import io.triad.domain.validation.Violation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one way a failed page request is shown: every problem on a page path (anything outside /api and /q) becomes a
 * page in the reader's language with its status, its headers (Retry-After) and links back; the API keeps its
 * problem documents, and so does a client that asks for JSON only.
 */
class ErrorPages {
    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageContext ctx, int status, List<Violation> violations,
                String back);
    }

    private final PageContext ctx;

    ErrorPages(PageContext ctx) {
        this.ctx = ctx;
    }

    @ServerResponseFilter
    void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && isPage(request.getUriInfo().getPath())
                && !jsonOnly(request.getHeaderString("Accept"))) {
            response.setEntity(render(ctx, problem.status(), problem.source(), request.getHeaderString("Referer"),
                    request.getHeaderString("Host")), null, HTML);
        }
    }

    static boolean isPage(String path) {
        return !(path.startsWith("/api") || path.startsWith("/q/"));
    }

    /** A client that accepts JSON but neither HTML nor anything: a script, which gets the problem document. */
    static boolean jsonOnly(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        return a.contains("json") && !a.contains("text/html") && !a.contains("*/*");
    }

    static String render(PageContext ctx, int status, List<Violation> violations, String referer, String host) {
        return Pages.localized(Templates.error(ctx, status, violations == null ? List.of() : violations,
                back(referer, host, ctx.path())), ctx).render();
    }

    /** The page the reader came from, when it is one of ours and not this one; null otherwise. */
    static String back(String referer, String host, String here) {
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || path == null || !path.startsWith("/")
                    || path.startsWith("//") || path.equals(here)) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
