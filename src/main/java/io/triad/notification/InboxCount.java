package io.triad.notification;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.triad.account.CurrentAccount;
import io.triad.web.PageContext;
import io.vertx.core.http.HttpMethod;
import java.util.OptionalLong;

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
        // A GET or HEAD marks nothing read and notifies nobody, so the count read with the session at the request's
        // start is the count now; any other request (a form re-rendered after a change) counts again.
        OptionalLong counted = current.unreadAtStart();
        if (counted.isPresent() && safe()) {
            return counted.getAsLong();
        }
        return current.get().map(a -> Arc.container().instance(Notifications.class).get().unread(a.id)).orElse(0L);
    }

    private static boolean safe() {
        var request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (request == null) {
            return false;
        }
        HttpMethod method = request.request().method();
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
