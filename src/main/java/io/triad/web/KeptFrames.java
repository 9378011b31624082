package io.triad.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The layout around a kept page body, itself kept: rendering it on every view was a fifth of a kept page's time under
 * load. It is keyed on everything the layout shows: the page (its template and title), the language, whether someone
 * is signed in, and the navigation and account links as drawn for this view ({@link Navigation}: kept themselves,
 * keyed on the path, the roles, the unread count, the e-mail and the form token). What changes any of these changes
 * the key, so nothing kept is ever stale or another viewer's. Kept as {@link Navigation#kept} keeps the links.
 */
public final class KeptFrames {
    private record Frame(String page, String lang, boolean signedIn, String navigation, String account) {
    }

    private static final Map<Frame, List<byte[]>> KEPT = new ConcurrentHashMap<>();

    private KeptFrames() {
    }

    /**
     * The page: {@code body}'s parts inside the layout that {@code frame} renders with {@link SplicedPage#MARK} as its
     * body (rendered only when this view's layout is not kept); {@code page} names the frame's template and title.
     */
    public static SplicedPage page(PageContext ctx, String page, Supplier<TemplateInstance> frame, List<byte[]> body) {
        long unread = Arc.container().instance(InboxUnread.class).get().of(ctx);
        Frame key = new Frame(page, ctx.lang(), ctx.signedIn(), ctx.navigation(unread).getValue(),
                ctx.accountLinks().getValue());
        List<byte[]> kept = Navigation.kept(KEPT, key, () -> {
            List<byte[]> pieces = SplicedPage.kept(Pages.localized(frame.get(), ctx).render(), SplicedPage.MARK);
            if (pieces.size() != 2) {
                throw new IllegalStateException("A kept frame shows no body: " + page);
            }
            return pieces;
        });
        List<byte[]> parts = new ArrayList<>(body.size() + 2);
        parts.add(kept.get(0));
        parts.addAll(body);
        parts.add(kept.get(1));
        return SplicedPage.of(parts);
    }
}
