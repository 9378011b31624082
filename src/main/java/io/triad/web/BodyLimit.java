package io.triad.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body announced by Content-Length before it is read (the HTTP layer's own 413 has no body):
 * with a problem document for the API, with the error page for pages.
 */
@ApplicationScoped
class BodyLimit {
    private final long maxBytes;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && isOver(length) && ErrorPages.isPage(rc.request().path())
                && !ErrorPages.jsonOnly(rc.request().getHeader("Accept"))) {
            PageFilter.chooseLanguage(rc);
            rc.response().setStatusCode(413).putHeader("Content-Type", ErrorPages.HTML.toString())
                    .putHeader("Connection", "close")
                    .end(ErrorPages.render(PageContext.anonymous(rc), 413, null, rc.request().getHeader("Referer"),
                            rc.request().getHeader("Host")));
            return;
        }
        if (length != null && isOver(length)) {
            rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(Json.encode(new Problem("about:blank", "Payload too large", 413,
                            "The body is larger than " + maxBytes + " bytes; nothing was changed")));
            return;
        }
        rc.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
