package io.triad.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Regions as people name them: Canada's provinces and territories ({@code CA-ON} "Ontario") and the countries of
 * ISO 3166 ({@code FR} "France", named by the JDK in the reader's language). Codes stay in the data, URLs and the API;
 * pages show names and accept a typed name, in English or French, wherever a code was asked for.
 */
public final class RegionNames {
    /** Canada's provinces and territories: code, English name, French name. */
    private static final String[][] CANADA = {
        {"CA-AB", "Alberta", "Alberta"}, {"CA-BC", "British Columbia", "Colombie-Britannique"},
        {"CA-MB", "Manitoba", "Manitoba"}, {"CA-NB", "New Brunswick", "Nouveau-Brunswick"},
        {"CA-NL", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"},
        {"CA-NS", "Nova Scotia", "Nouvelle-Écosse"}, {"CA-NT", "Northwest Territories", "Territoires du Nord-Ouest"},
        {"CA-NU", "Nunavut", "Nunavut"}, {"CA-ON", "Ontario", "Ontario"},
        {"CA-PE", "Prince Edward Island", "Île-du-Prince-Édouard"}, {"CA-QC", "Quebec", "Québec"},
        {"CA-SK", "Saskatchewan", "Saskatchewan"}, {"CA-YT", "Yukon", "Yukon"}};
    private static final Map<String, String[]> PROVINCES = new LinkedHashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    /** Locale.getISOCountries() copies its array on every call: asked once. */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());
    /** The choices per language: the same 250 names sorted the same way for every page that lists them. */
    private static final Map<Locale, List<Region>> CHOICES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (String[] p : CANADA) {
            PROVINCES.put(p[0], p);
            BY_NAME.put(fold(p[1]), p[0]);
            BY_NAME.put(fold(p[2]), p[0]);
        }
        for (String country : Locale.getISOCountries()) {
            Locale place = new Locale("", country);
            BY_NAME.putIfAbsent(fold(place.getDisplayCountry(Locale.ENGLISH)), country);
            BY_NAME.putIfAbsent(fold(place.getDisplayCountry(Locale.FRENCH)), country);
        }
    }

    /** One choice of a region list: its code and its name in the reader's language. */
    public record Region(String code, String name) {
    }

    private RegionNames() {
    }

    /** The region's name in {@code locale}'s language; an unknown code as it is. */
    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        String[] province = PROVINCES.get(code);
        if (province != null) {
            return french ? province[2] : province[1];
        }
        if (code.length() == 2 && COUNTRIES.contains(code)) {
            return new Locale("", code).getDisplayCountry(french ? Locale.FRENCH : Locale.ENGLISH);
        }
        return code;
    }

    public static List<String> names(Collection<String> codes, Locale locale) {
        return codes == null ? List.of() : codes.stream().map(c -> name(c, locale)).toList();
    }

    /** Canada, its provinces and territories, then every other country, each group in the language's order. */
    public static List<Region> choices(Locale locale) {
        // names come in English or French only: two lists, whatever locales the requests carry
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        return CHOICES.computeIfAbsent(french ? Locale.FRENCH : Locale.ENGLISH, RegionNames::sortedChoices);
    }

    private static List<Region> sortedChoices(Locale locale) {
        Collator order = Collator.getInstance(locale == null ? Locale.ENGLISH : locale);
        Comparator<Region> byName = Comparator.comparing(Region::name, order);
        List<Region> out = new ArrayList<>();
        out.add(new Region("CA", name("CA", locale)));
        out.addAll(PROVINCES.keySet().stream().map(c -> new Region(c, name(c, locale))).sorted(byName).toList());
        out.addAll(Arrays.stream(Locale.getISOCountries()).filter(c -> !c.equals("CA"))
                .map(c -> new Region(c, name(c, locale))).sorted(byName).toList());
        return List.copyOf(out);
    }

    /**
     * The code of what someone typed: a region's name in English or French (case and accents aside: "ontario",
     * "Quebec", "Québec"), or a code itself; empty when it is neither.
     */
    public static Optional<String> code(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String found = BY_NAME.get(fold(typed));
        if (found != null) {
            return Optional.of(found);
        }
        String upper = typed.trim().toUpperCase(Locale.ROOT);
        return upper.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?") ? Optional.of(upper) : Optional.empty();
    }

    /** A typed region as its code when it names one, else as typed (for the validator to refuse with its message). */
    public static String codeOrAsTyped(String typed) {
        return code(typed).orElse(typed == null ? "" : typed.trim());
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s’'-]+", " ");
    }
}
