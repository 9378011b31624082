package io.triad.calendar;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Deadlines as an RFC 5545 calendar: one all-day event each (DTSTART;VALUE=DATE, DTEND the day after). */
final class CalendarFeed {
    private CalendarFeed() {
    }

    static CalendarMessages messages(String language) {
        return "fr".equals(language) ? MessageBundles.get(CalendarMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(CalendarMessages.class);
    }

    static String ics(List<Deadline> deadlines, String language, String baseUrl) {
        CalendarMessages m = messages(language);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Triad//Deadlines//" + language.toUpperCase(java.util.Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Deadline d : deadlines) {
            VEvent event = new VEvent(d.date(), d.date().plusDays(1), m.event(d.kind(), d.nameIn(language), d.detail()));
            event.add(new Uid(d.uid() + "@triad"));
            event.add(new Url(URI.create(baseUrl + d.link())));
            event.add(new Description(baseUrl + d.link()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
