package io.triad.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The layout's header links, which every page shows twice (in the wide header and in the compact menu), each
 * rendered once per page: a message-bundle call per link made them a tenth of a page's rendering. The navigation
 * links carry nothing of the session, so they are also kept across requests, keyed on everything they are drawn from:
 * the language, the path (which link is current), whether someone is signed in and in which roles, and the unread
 * count (read with the session on each request). What changes any of these changes the key, so nothing kept is ever
 * stale. At most {@link #MOST_KEPT} are kept; past that the lot is dropped. The account links are kept the same way,
 * keyed on all they show: the language, the signed-in e-mail and the session's CSRF token.
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

    /** What the account links are drawn from: the e-mail is null for a visitor who is not signed in. */
    private record Account(String lang, String email, String csrf) {
    }

    private static final Map<Shown, RawString> KEPT = new ConcurrentHashMap<>();
    private static final Map<Account, RawString> KEPT_ACCOUNTS = new ConcurrentHashMap<>();

    private Navigation() {
    }

    static RawString links(PageContext ctx, long unread) {
        Shown shown = new Shown(ctx.lang(), ctx.path(), ctx.signedIn(), ctx.isStartup(), ctx.isStudent(),
                ctx.isProgramAdmin(), ctx.isOperator(), unread);
        return kept(KEPT, shown, () -> render(Templates.links(ctx, unread), ctx));
    }

    static RawString account(PageContext ctx) {
        Account account = new Account(ctx.lang(), ctx.signedIn() ? ctx.email() : null, ctx.csrf());
        return kept(KEPT_ACCOUNTS, account, () -> render(Templates.account(ctx), ctx));
    }

    /** What {@code kept} holds for {@code key}, drawn and kept if none; past {@link #MOST_KEPT} the lot goes. */
    static <K, V> V kept(Map<K, V> kept, K key, Supplier<V> draw) {
        V known = kept.get(key);
        if (known != null) {
            return known;
        }
        V drawn = draw.get();
        if (kept.size() >= MOST_KEPT) {
            kept.clear();
        }
        kept.put(key, drawn);
        return drawn;
    }

    private static RawString render(TemplateInstance template, PageContext ctx) {
        return new RawString(Pages.localized(template, ctx).render());
    }
}
