package io.triad.notification;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.HashMap;
import java.util.Map;

/**
 * A notification's subject in a language, rendered from its kind and values (never stored as a sentence). A value
 * naming a program may carry its French name beside it ({@code programFr}, {@code nameFr}): a French reader reads
 * that one, anyone else (and a French reader of a program without one) the name.
 */
final class Wording {
    /** The suffix of a value's French version. */
    static final String FRENCH = "Fr";

    private Wording() {
    }

    static NotificationMessages messages(String language) {
        return "fr".equals(language) ? MessageBundles.get(NotificationMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(NotificationMessages.class);
    }

    static String subject(Kind kind, Map<String, String> args, String language) {
        NotificationMessages m = messages(language);
        Map<String, String> a = "fr".equals(language) ? french(args) : args;
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

    /** The values with each French version in place of its value. */
    private static Map<String, String> french(Map<String, String> args) {
        Map<String, String> out = new HashMap<>(args);
        args.forEach((name, value) -> {
            if (name.endsWith(FRENCH) && value != null && !value.isBlank()) {
                out.put(name.substring(0, name.length() - FRENCH.length()), value);
            }
        });
        return out;
    }

    private static String v(Map<String, String> args, String name) {
        String value = args.get(name);
        return value == null ? "" : value;
    }
}
