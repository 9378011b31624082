package io.triad.people;

import io.triad.domain.validation.Violation;
import io.triad.domain.OpeningDoc;
import io.triad.domain.ProgramDoc;
import io.triad.matching.Amount;
import io.triad.matching.Reason;
import io.triad.matching.ReasonCode;
import io.triad.matching.MatchResults.Funded;
import io.triad.matching.MatchResults.NearMiss;
import java.security.SecureRandom;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** What the startup and student pages show: choices, form errors, amounts, reasons and near misses. */
public final class PeopleViews {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PeopleViews() {
    }

    /** One checkbox, radio button or select option. */
    public record Option(String value, boolean selected) {
    }

    /** The fields a submitted form got wrong, in form order; {@code form} for anything else. */
    public record FormErrors(List<String> fields) {
        public static FormErrors none() {
            return new FormErrors(List.of());
        }

        /** Maps violation paths ({@code openings[2].skills[0]}) under {@code prefix} to form field names. */
        public static FormErrors of(List<Violation> violations, String prefix, List<String> order) {
            LinkedHashSet<String> found = new LinkedHashSet<>();
            for (Violation v : violations) {
                String field = "form";
                if (v.field().startsWith(prefix)) {
                    String head = v.field().substring(prefix.length()).split("[.\\[]", 2)[0];
                    field = order.contains(head) ? head : "form";
                }
                found.add(field);
            }
            List<String> sorted = new ArrayList<>(order.stream().filter(found::contains).toList());
            if (found.contains("form")) {
                sorted.add("form");
            }
            return new FormErrors(List.copyOf(sorted));
        }

        public boolean has(String field) {
            return fields.contains(field);
        }

        public boolean any() {
            return !fields.isEmpty();
        }
    }

    /**
     * A program that pays for a match, with its amount formatted for the reader; {@code conditional}: confirmed only
     * when the startup applies (it depends on facts the student has not shown).
     */
    public record Funding(String program, String name, String amount, boolean enhancedPossible, boolean conditional,
            String how) {
    }

    /**
     * Which flags the cards of a startup's ranking show beside their amounts: the page explains each once
     * ({@code matchLegend}). A student's own matches are exact and never flagged.
     */
    public record FundingLegend(boolean conditional, boolean enhanced) {
        public static FundingLegend of(List<List<Funding>> cards) {
            return new FundingLegend(cards.stream().flatMap(List::stream).anyMatch(Funding::conditional),
                    cards.stream().flatMap(List::stream).anyMatch(Funding::enhancedPossible));
        }
    }

    /** A program that fails one rule, with the rule to change in the reader's words. */
    public record Miss(String program, String name, List<NearMissWording.Rule> failed) {
    }

    public static <E extends Enum<E>> List<Option> options(E[] values, Collection<String> selected) {
        return Arrays.stream(values).map(e -> new Option(e.name(), selected.contains(e.name()))).toList();
    }

    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    public static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    /** {@code $7,000.00} in English, {@code 7 000,00 $} in French (Canadian usage for dollars). */
    public static String money(Amount amount, Locale locale) {
        if (amount == null) {
            return null;
        }
        boolean french = "fr".equals(locale.getLanguage());
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(french ? Locale.CANADA_FRENCH : Locale.CANADA);
        Currency currency = Currency.getInstance(amount.currency());
        format.setCurrency(currency);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        symbols.setCurrencySymbol("CAD".equals(amount.currency()) ? "$" : currency.getSymbol(locale));
        format.setDecimalFormatSymbols(symbols);
        return format.format(amount.value());
    }

    public static String decimal(Number value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    public static List<Funding> funding(List<Funded> funded, Map<String, String> names, Locale locale) {
        return funded.stream().map(f -> new Funding(f.program(), names.getOrDefault(f.program(), f.program()),
                money(f.amount(), locale), Boolean.TRUE.equals(f.enhancedPossible()),
                Boolean.TRUE.equals(f.conditional()), "")).toList();
    }

    /** As {@link #funding(List, Map, Locale)}, each amount with how it was computed from the program's terms. */
    public static List<Funding> funding(List<Funded> funded, Map<String, ProgramDoc> programs, OpeningDoc opening,
            boolean studentReads, Locale locale) {
        MoneyWording wording = MoneyWording.of(locale);
        return funded.stream().map(f -> {
            ProgramDoc p = programs.get(f.program());
            return new Funding(f.program(), p == null ? f.program() : p.nameFor(locale), money(f.amount(), locale),
                    Boolean.TRUE.equals(f.enhancedPossible()), Boolean.TRUE.equals(f.conditional()),
                    wording.how(f, p, opening, studentReads));
        }).toList();
    }

    /**
     * The reasons a page gives for a fit: "0 of 5 skills" is no reason anyone fits, so a skills reason that matched
     * none is left out.
     */
    public static List<Reason> shownReasons(List<Reason> reasons) {
        return reasons.stream().filter(r -> r.code() != ReasonCode.SKILLS || r.count(0) > 0).toList();
    }

    public static List<Miss> misses(List<NearMiss> misses, Map<String, String> names, Locale locale) {
        NearMissWording wording = NearMissWording.of(locale);
        return misses.stream().map(m -> new Miss(m.program(), names.getOrDefault(m.program(), m.program()),
                wording.rules(m.failed()))).toList();
    }

    /** A new URL-safe key: the text as a slug plus a short random suffix, not yet {@code taken}. */
    public static String newKey(String text, String fallback, Predicate<String> taken) {
        String slug = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String base = slug.isEmpty() ? fallback : slug;
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        while (true) {
            StringBuilder key = new StringBuilder(base).append('-');
            for (int i = 0; i < 4; i++) {
                key.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (!taken.test(key.toString())) {
                return key.toString();
            }
        }
    }
}
