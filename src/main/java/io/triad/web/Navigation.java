package io.triad.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout's header links, which every page shows twice (in the wide header and in the compact menu), each
 * rendered once per page: a message-bundle call per link made them a tenth of a page's rendering. The navigation
 * links carry nothing of the session, so they are also kept across requests, keyed on everything they are drawn from:
 * the language, the path (which link is current), whether someone is signed in and in which roles, and the unread
 * count (read with the session on each request). What changes any of these changes the key, so nothing kept is ever
 * stale. At most {@link #MOST_KEPT} are kept; past that the lot is dropped. The account links carry the session's
 * e-mail and CSRF token: rendered for each page, never kept.
 */
final class Navigation {
    static final int MOST_KEPT = 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance links(PageContext ctx, long unread);

        static native TemplateInstance account(PageContext ctx);
    }

    /** What the navigation links are drawn from. */
    private record Shown(String lang, String path, boolean signedIn, boolean startup, boolean student,
            boolean programAdmin, boolean operator, long unread) {
    }

    private static final Map<Shown, RawString> KEPT = new ConcurrentHashMap<>();

    private Navigation() {
    }

    static RawString links(PageContext ctx, long unread) {
        Shown shown = new Shown(ctx.lang(), ctx.path(), ctx.signedIn(), ctx.isStartup(), ctx.isStudent(),
                ctx.isProgramAdmin(), ctx.isOperator(), unread);
        RawString known = KEPT.get(shown);
        if (known != null) {
            return known;
        }
        RawString drawn = render(Templates.links(ctx, unread), ctx);
        if (KEPT.size() >= MOST_KEPT) {
            KEPT.clear();
        }
        KEPT.put(shown, drawn);
        return drawn;
    }

    static RawString account(PageContext ctx) {
        return render(Templates.account(ctx), ctx);
    }

    private static RawString render(TemplateInstance links, PageContext ctx) {
        return new RawString(Pages.localized(links, ctx).render());
    }
}
