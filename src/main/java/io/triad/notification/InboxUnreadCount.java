package io.triad.notification;

import io.quarkus.arc.Unremovable;
import io.triad.web.InboxUnread;
import io.triad.web.PageContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The layout's unread count ({@link InboxCount}), for the kept layouts of the web module. */
@ApplicationScoped
@Unremovable // looked up, never injected
class InboxUnreadCount implements InboxUnread {
    @Override
    public long of(PageContext ctx) {
        return InboxCount.unreadNotifications(ctx);
    }
}
