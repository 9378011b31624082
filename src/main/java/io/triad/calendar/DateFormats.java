package io.triad.calendar;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.triad.web.OperationsFormats;
import java.time.LocalDate;
import java.util.Locale;

/** {@code {d.date.localDate}}: a day in the page's language. */
final class DateFormats {
    private DateFormats() {
    }

    @TemplateExtension
    static String localDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return OperationsFormats.date(date, locale instanceof Locale l ? l : Locale.ENGLISH);
    }
}
