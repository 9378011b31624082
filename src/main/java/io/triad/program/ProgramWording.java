package io.triad.program;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.web.PageContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The request's program messages, with amounts, numbers and dates formatted the way its language writes them. */
public final class ProgramWording {
    private final ProgramMessages messages;
    private final Locale locale;

    private ProgramWording(ProgramMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public static ProgramWording of(PageContext ctx) {
        // Canadian conventions: "$7,000.00" and "7 000,00 $".
        return ctx.french()
                ? new ProgramWording(MessageBundles.get(ProgramMessages.class, Localized.Literal.of("fr")), Locale.CANADA_FRENCH)
                : new ProgramWording(MessageBundles.get(ProgramMessages.class), Locale.CANADA);
    }

    public ProgramMessages m() {
        return messages;
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    public String money(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (currency != null) {
            try {
                format.setCurrency(Currency.getInstance(currency));
            } catch (IllegalArgumentException e) {
                return number(value) + " " + currency;
            }
        }
        return format.format(value);
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : ProgramLabels.of(messages, value);
    }

    public String labels(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    /** A fit score in [0, 1] as a whole percentage: "87%" ("87 %" in French). */
    public String percent(float score) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(Math.max(0, Math.min(1, score)));
    }

    /** Where a program's intake stands, as its badge says it. */
    public String intake(IntakeStatus s) {
        return switch (s) {
            case UPCOMING -> messages.intake_upcoming();
            case OPEN -> messages.intake_open();
            case CLOSING_SOON -> messages.intake_closing_soon();
            case CLOSED -> messages.intake_closed();
        };
    }

    /** Regions by name in the reader's language ("Ontario, Quebec"). */
    public String regionNames(List<String> regions) {
        return regions == null ? "" : String.join(", ", io.triad.web.RegionNames.names(regions, locale));
    }

    public static String regions(List<String> regions) {
        return regions == null ? "" : String.join(", ", regions);
    }
}
