package io.triad.web;

import io.triad.domain.validation.ViolationCode;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Validation messages as pages show them, one per {@link ViolationCode}; French in messages/val_fr.properties (kept
 * in sync by a test). The API keeps the English texts of {@link ViolationCode}.
 */
@MessageBundle(value = "val", locale = "en")
public interface ValidationMessages {
    @Message("must be a JSON object")
    String object();

    @Message("is not a field Triad knows")
    String unknown_property();

    @Message("is required")
    String required();

    @Message("is required when the student has graduated")
    String graduation_required();

    @Message("must be text")
    String string();

    @Message("must not be blank")
    String not_blank();

    @Message("must be at most {n} characters")
    String too_long(String n);

    @Message("must be a key of lower-case letters, digits and hyphens, such as my-program-2027")
    String key();

    @Message("must be an email address")
    String email();

    @Message("must be a region code such as CA or CA-ON")
    String region();

    @Message("must be a web address starting with https:// or http://")
    String url();

    @Message("must be en (English) or fr (French)")
    String language();

    @Message("must be a currency code such as CAD")
    String currency();

    @Message("must be one of: {list}")
    String one_of(String list);

    @Message("must be a non-empty text of at most {n} characters")
    String text_item(String n);

    @Message("must be a list")
    String array();

    @Message("must have at most {n} items")
    String max_items(String n);

    @Message("must be a number")
    String number();

    @Message("must be a whole number")
    String whole_number();

    @Message("must be at least {other} ({value})")
    String order(String other, String value);

    @Message("must be between {min} and {max}")
    String between(String min, String max);

    @Message("must be a whole number from {min} to {max}")
    String whole_range(String min, String max);

    @Message("must be the key in the address ({key})")
    String key_mismatch(String key);

    @Message("must be {min} or more")
    String at_least(String min);

    @Message("must be true or false")
    String bool();

    @Message("must be a date written YYYY-MM-DD")
    String date();

    @Message("must not be in the future")
    String not_future();

    @Message("must be in the past")
    String past();

    @Message("the key {key} is used twice (first at {first})")
    String duplicate_key(String key, String first);

    @Message("is already used by another program")
    String key_taken();

    @Message("the opening {key} belongs to another startup")
    String foreign_opening(String key);

    @Message("this account already has a student profile")
    String one_profile();

    @Message("must be the email of an existing account of this kind ({role})")
    String owner_unknown(String role);

    @Message("only operators may give what they import to another account")
    String owner_forbidden();

    @Message("must be startup, student or program administrator")
    String role();

    @Message("must be 10 to 1,024 bytes long")
    String password();

    @Message("is one of the most common passwords: choose another")
    String password_common();

    @Message("the file is empty: its first row must name the columns")
    String csv_empty();

    @Message("there are no programs below the header")
    String csv_no_rows();

    @Message("unknown column (see the documented header)")
    String csv_unknown_column();

    @Message("the column appears twice")
    String csv_column_twice();

    @Message("has {count} fields; the header has {header}")
    String csv_field_count(String count, String header);

    @Message("a double quote is inside a field that is not quoted")
    String csv_stray_quote();

    @Message("there is text after the closing double quote of a field")
    String csv_after_quote();

    @Message("a quoted field is not closed")
    String csv_unclosed();

    @Message("this value is not accepted")
    String invalid();

    @Message("is not a field Triad knows: {name}")
    String json_unknown_property(String name);

    @Message("the value {value} is not accepted here")
    String json_invalid_value(String value);

    @Message("has the wrong type or shape")
    String json_shape();

    @Message("is set by an import only")
    String owner_import_only();

    @Message("only operators may choose the owner")
    String owner_operator_only();

    @Message("must be score, amount or total")
    String sort();

    @Message("name an opening and a student, or a startup")
    String parties_required();

    @Message("is already used by another account")
    String email_taken();

    @Message("too many attempts; try again later")
    String throttled();

    @Message("must not contain control characters, invisible formatting or invalid Unicode ({character} at "
            + "position {position})")
    String text_characters(String character, String position);

    @Message("must be a number with at most {before} digits before the decimal point and {after} after")
    String number_digits(String before, String after);

    @Message("was not sent as UTF-8")
    String encoding();

    @Message("cannot change while the program has approved applications ({currency})")
    String currency_locked(String currency);

    @Message("must be at least {n}, the opening's active placements")
    String positions_below_placements(String n);
}
