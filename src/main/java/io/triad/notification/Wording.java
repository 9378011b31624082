package io.triad.notification;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Map;

/** A notification's subject in a language, rendered from its kind and values (never stored as a sentence). */
final class Wording {
    private Wording() {
    }

    static NotificationMessages messages(String language) {
        return "fr".equals(language) ? MessageBundles.get(NotificationMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(NotificationMessages.class);
    }

    static String subject(Kind kind, Map<String, String> a, String language) {
        NotificationMessages m = messages(language);
        return switch (kind) {
            case INVITATION_RECEIVED -> m.invitation_received(v(a, "startup"), v(a, "opening"));
            case INVITATION_WITHDRAWN -> m.invitation_withdrawn(v(a, "startup"), v(a, "opening"));
            case INVITATION_EXPIRED -> "sent".equals(a.get("side")) ? m.invitation_expired_sent(v(a, "student"),
                    v(a, "opening")) : m.invitation_expired(v(a, "startup"), v(a, "opening"));
            case INVITATION_ACCEPTED -> m.invitation_accepted(v(a, "student"), v(a, "opening"));
            case INVITATION_DECLINED -> m.invitation_declined(v(a, "student"), v(a, "opening"));
            case PLACEMENT_CANCELLED -> m.placement_cancelled(v(a, "startup"), v(a, "opening"));
            case APPLICATION_RECEIVED -> m.application_received(v(a, "program"), v(a, "startup"), v(a, "opening"));
            case APPLICATION_APPROVED -> m.application_approved(v(a, "program"), v(a, "opening"));
            case APPLICATION_WAITLISTED -> m.application_waitlisted(v(a, "program"), v(a, "opening"), v(a, "position"));
            case APPLICATION_REFUSED -> m.application_refused(v(a, "program"), v(a, "opening"), v(a, "reason"));
            case APPLICATION_PENDING -> m.application_pending(v(a, "program"), v(a, "opening"));
            case APPLICATION_RELEASED -> m.application_released(v(a, "program"), v(a, "startup"), v(a, "opening"));
            case APPLICATION_WITHDRAWN -> m.application_withdrawn(v(a, "program"), v(a, "startup"), v(a, "opening"));
            case PROGRAM_NEW -> m.program_new(v(a, "program"));
            case DEADLINE_SOON -> m.deadline_soon(v(a, "program"), v(a, "date"));
            case ALERT_MATCH -> m.alert_match(v(a, "alert"), v(a, "name"));
        };
    }

    private static String v(Map<String, String> args, String name) {
        String value = args.get(name);
        return value == null ? "" : value;
    }
}
