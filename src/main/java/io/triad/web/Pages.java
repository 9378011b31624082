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

    /**
     * The HTML without the indentation its templates give each line, for markup rendered once and kept (fewer bytes on
     * every view). Only for markup without {@code pre} or {@code textarea}, where leading spaces would show.
     */
    public static String compact(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean lineStart = true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (lineStart && (c == ' ' || c == '\t')) {
                continue;
            }
            lineStart = c == '\n';
            out.append(c);
        }
        return out.toString();
    }

    /** POST-redirect-GET. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
