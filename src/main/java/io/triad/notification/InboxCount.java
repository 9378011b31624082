package io.triad.notification;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.triad.account.CurrentAccount;
import io.triad.web.PageContext;

/** The unread count the layout shows beside "Notifications" (0 when nobody is signed in). */
@TemplateExtension
final class InboxCount {
    private InboxCount() {
    }

    static long unreadNotifications(PageContext ctx) {
        if (!ctx.signedIn()) {
            return 0;
        }
        var current = Arc.container().instance(CurrentAccount.class).get();
        return current.get().map(a -> Arc.container().instance(Notifications.class).get().unread(a.id)).orElse(0L);
    }
}
