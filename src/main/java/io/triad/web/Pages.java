package io.triad.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Rendering helpers shared by every page resource. */
public final class Pages {
    private Pages() {
    }

    /** Renders in the request's language (message bundles read the instance's locale). */
    public static TemplateInstance localized(TemplateInstance page, PageContext ctx) {
        return page.setLocale(ctx.locale());
    }

    /** POST-redirect-GET. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
