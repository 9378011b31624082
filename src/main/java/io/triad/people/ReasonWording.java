package io.triad.people;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.triad.matching.Reason;
import io.triad.matching.ReasonCode;
import java.util.Locale;

/** A match reason ({@link ReasonCode} and its arguments) in a page's language, through the people labels. */
public final class ReasonWording {
    private ReasonWording() {
    }

    /** The reason in the language of {@code locale}. */
    public static String of(Reason reason, Locale locale) {
        PeopleLabels labels = NearMissWording.labels(locale);
        return reason.code() == ReasonCode.SKILLS ? labels.reason_skills(reason.count(0), reason.count(1))
                : labels.reason(reason.code().name());
    }

    /** {@code {r.localized}} in a template rendered with {@code Pages.localized}. */
    @TemplateExtension
    static String localized(Reason reason, @TemplateAttribute("locale") Object locale) {
        return of(reason, locale instanceof Locale l ? l : Locale.ENGLISH);
    }
}
