package io.triad.home;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.program.IntakeStatus;
import io.triad.web.OperationsFormats;
import io.triad.web.PageContext;
import java.util.Locale;

/** The homes' messages in the request's language, and the small phrases every home needs. */
final class HomeWording {
    final HomeMessages m;
    final Locale locale;

    private HomeWording(HomeMessages m, Locale locale) {
        this.m = m;
        this.locale = locale;
    }

    static HomeWording of(PageContext ctx) {
        return ctx.french() ? new HomeWording(MessageBundles.get(HomeMessages.class, Localized.Literal.of("fr")),
                Locale.CANADA_FRENCH) : new HomeWording(MessageBundles.get(HomeMessages.class), Locale.CANADA);
    }

    /** A count of students for a founder or an administrator: "fewer than 5" below five (API.md Privacy). */
    String students(long n) {
        return n < HomeViews.SMALLEST_COUNT ? m.fewer_than(OperationsFormats.count(HomeViews.SMALLEST_COUNT, locale))
                : OperationsFormats.count(n, locale);
    }

    String count(long n) {
        return OperationsFormats.count(n, locale);
    }

    String status(IntakeStatus s) {
        return switch (s) {
            case UPCOMING -> m.status_upcoming();
            case OPEN -> m.status_open();
            case CLOSING_SOON -> m.status_closing_soon();
            case CLOSED -> m.status_closed();
        };
    }
}
