package io.triad.web;

import io.triad.domain.validation.ViolationCode;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.triad.domain.validation.Violation;
import java.util.Locale;

/** A violation ({@link ViolationCode} and its arguments) in a page's language. */
public final class ViolationText {
    private ViolationText() {
    }

    public static ValidationMessages bundle(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage())
                ? MessageBundles.get(ValidationMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(ValidationMessages.class);
    }

    /** The violation in the language of {@code locale}. */
    public static String of(Violation violation, Locale locale) {
        return say(violation, bundle(locale));
    }

    /** {@code {violation.localized}} in a template rendered with {@link Pages#localized}. */
    @TemplateExtension
    static String localized(Violation violation, @TemplateAttribute("locale") Object locale) {
        return of(violation, locale instanceof Locale l ? l : Locale.ENGLISH);
    }

    private static String say(Violation p, ValidationMessages m) {
        return switch (p.code()) {
            case OBJECT -> m.object();
            case UNKNOWN_PROPERTY -> m.unknown_property();
            case REQUIRED -> m.required();
            case GRADUATION_REQUIRED -> m.graduation_required();
            case STRING -> m.string();
            case NOT_BLANK -> m.not_blank();
            case TOO_LONG -> m.too_long(p.arg(0));
            case KEY -> m.key();
            case EMAIL -> m.email();
            case REGION -> m.region();
            case URL -> m.url();
            case LANGUAGE -> m.language();
            case CURRENCY -> m.currency();
            case ONE_OF -> m.one_of(p.arg(0));
            case TEXT_ITEM -> m.text_item(p.arg(0));
            case ARRAY -> m.array();
            case MAX_ITEMS -> m.max_items(p.arg(0));
            case NUMBER -> m.number();
            case WHOLE_NUMBER -> m.whole_number();
            case ORDER -> m.order(p.arg(0), p.arg(1));
            case BETWEEN -> m.between(p.arg(0), p.arg(1));
            case WHOLE_RANGE -> m.whole_range(p.arg(0), p.arg(1));
            case AT_LEAST -> m.at_least(p.arg(0));
            case BOOLEAN -> m.bool();
            case DATE -> m.date();
            case NOT_FUTURE -> m.not_future();
            case PAST -> m.past();
            case DUPLICATE_KEY -> m.duplicate_key(p.arg(0), p.arg(1));
            case KEY_TAKEN -> m.key_taken();
            case KEY_MISMATCH -> m.key_mismatch(p.arg(0));
            case FOREIGN_OPENING -> m.foreign_opening(p.arg(0));
            case ONE_PROFILE -> m.one_profile();
            case OWNER_UNKNOWN -> m.owner_unknown(p.arg(0));
            case OWNER_FORBIDDEN -> m.owner_forbidden();
            case ROLE -> m.role();
            case PASSWORD -> m.password();
            case PASSWORD_COMMON -> m.password_common();
            case JSON_UNKNOWN_PROPERTY -> m.json_unknown_property(p.arg(0));
            case JSON_INVALID_VALUE -> m.json_invalid_value(p.arg(0));
            case JSON_SHAPE -> m.json_shape();
            case CONSTRAINT, QUERY_SYNTAX -> m.invalid();
            case OWNER_IMPORT_ONLY -> m.owner_import_only();
            case OWNER_OPERATOR_ONLY -> m.owner_operator_only();
            case OPENING_KEY_TAKEN -> m.foreign_opening(p.arg(0));
            case SORT -> m.sort();
            case PARTIES_REQUIRED -> m.parties_required();
            case EMAIL_TAKEN -> m.email_taken();
            case THROTTLED -> m.throttled();
            case CSV_EMPTY -> m.csv_empty();
            case CSV_NO_ROWS -> m.csv_no_rows();
            case CSV_UNKNOWN_COLUMN -> m.csv_unknown_column();
            case CSV_COLUMN_TWICE -> m.csv_column_twice();
            case CSV_FIELD_COUNT -> m.csv_field_count(p.arg(0), p.arg(1));
            case CSV_STRAY_QUOTE -> m.csv_stray_quote();
            case CSV_AFTER_QUOTE -> m.csv_after_quote();
            case CSV_UNCLOSED -> m.csv_unclosed();
            case TEXT_CHARACTERS -> m.text_characters(p.arg(0), p.arg(1));
            case NUMBER_DIGITS -> m.number_digits(p.arg(0), p.arg(1));
            case ENCODING -> m.encoding();
            case CURRENCY_LOCKED -> m.currency_locked(p.arg(0));
            case POSITIONS_BELOW_PLACEMENTS -> m.positions_below_placements(p.arg(0));
        };
    }
}
