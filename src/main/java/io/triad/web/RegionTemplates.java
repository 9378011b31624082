package io.triad.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.List;
import java.util.Locale;

/** Region names in templates rendered with {@code Pages.localized}: {@code {code.regionName}}, {@code {regions:all}}. */
final class RegionTemplates {
    private RegionTemplates() {
    }

    @TemplateExtension
    static String regionName(String code, @TemplateAttribute("locale") Object locale) {
        return RegionNames.name(code, locale instanceof Locale l ? l : Locale.ENGLISH);
    }

    /** Every region a list offers, named in the page's language. */
    @TemplateExtension(namespace = "regions")
    static List<RegionNames.Region> all(@TemplateAttribute("locale") Object locale) {
        return RegionNames.choices(locale instanceof Locale l ? l : Locale.ENGLISH);
    }
}
