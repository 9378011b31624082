package io.triad.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, amounts and dates in the page's language, for any page that shows figures. Canadian conventions:
 * {@code 12,345} and {@code $5,000} in English, {@code 12 345} and {@code 5 000 $} in French.
 */
public final class OperationsFormats {
    private OperationsFormats() {
    }

    /** The formatting locale for a page language: English or French as written in Canada. */
    public static Locale of(Locale language) {
        return "fr".equals(language == null ? null : language.getLanguage()) ? Locale.CANADA_FRENCH : Locale.CANADA;
    }

    public static String count(long n, Locale language) {
        return NumberFormat.getIntegerInstance(of(language)).format(n);
    }

    /** A percentage with at most one decimal: {@code 42.5%}, {@code 42,5 %}. */
    public static String percent(double fraction, Locale language) {
        NumberFormat f = NumberFormat.getPercentInstance(of(language));
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** An amount in its currency, with cents only when {@code cents}; a code Java does not know is written after. */
    public static String money(BigDecimal value, String currency, boolean cents, Locale language) {
        NumberFormat f = NumberFormat.getCurrencyInstance(of(language));
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            NumberFormat plain = NumberFormat.getNumberInstance(of(language));
            plain.setMinimumFractionDigits(cents ? 2 : 0);
            plain.setMaximumFractionDigits(cents ? 2 : 0);
            return plain.format(value) + (currency == null ? "" : " " + currency);
        }
        if ("CAD".equals(currency) && f instanceof DecimalFormat decimal) {
            // Canadian pages write the Canadian dollar as plain "$" in both languages (Java's French says "$ CA").
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol("$");
            decimal.setDecimalFormatSymbols(symbols);
        }
        f.setMinimumFractionDigits(cents ? 2 : 0);
        f.setMaximumFractionDigits(cents ? 2 : 0);
        return f.format(value);
    }

    public static String date(LocalDate date, Locale language) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(of(language)).format(date);
    }

    /** {@code {n.opsNumber}} in a template rendered with {@link Pages#localized}. */
    @TemplateExtension
    static String opsNumber(Number n, @TemplateAttribute("locale") Object locale) {
        return count(n.longValue(), locale instanceof Locale l ? l : Locale.ENGLISH);
    }
}
