package io.triad.notification;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.triad.config.TriadConfig;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** {@code {n.at.localTime}}: an instant as the reader reads it, in TRIAD_ZONE and the page's language. */
final class TimeFormats {
    private TimeFormats() {
    }

    @TemplateExtension
    static String localTime(Instant at, @TemplateAttribute("locale") Object locale) {
        if (at == null) {
            return "";
        }
        Locale language = locale instanceof Locale l ? l : Locale.ENGLISH;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(Arc.container().instance(TriadConfig.class).get().zone()).format(at);
    }
}
