package io.triad.security;

import java.util.List;

/**
 * A field of a DATA.md document or of a page form, with what makes a value of it valid: enough for
 * {@link HostileValues} to produce a value that is certainly invalid there (a hostile value that happened to be valid
 * would change the database, which the test forbids).
 */
record Field(String path, Kind kind, boolean required, long min, long max) {

    enum Kind {
        /** Text on one line: names, titles, cities. {@code max} is its maximum length. */
        LINE,
        /** Text on several lines: descriptions, summaries, bios. */
        PARAGRAPH,
        KEY, EMAIL, ENUM, ENUM_LIST, REGION, REGION_LIST, TEXT_LIST, DATE, WHOLE, DECIMAL, BOOL, URL, CURRENCY,
        LANGUAGE,
        /** A form field read leniently (a checkbox: anything is "checked"); never the only hostile field. */
        LENIENT
    }

    static Field of(String path, Kind kind) {
        return new Field(path, kind, false, 0, 0);
    }

    static Field required(String path, Kind kind) {
        return new Field(path, kind, true, 0, 0);
    }

    static Field text(String path, Kind kind, boolean required, int maxLength) {
        return new Field(path, kind, required, 0, maxLength);
    }

    static Field number(String path, Kind kind, boolean required, long min, long max) {
        return new Field(path, kind, required, min, max);
    }

    /** The name of the field in its parent (the last part of the path). */
    String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The parts of the path from the document's root. */
    List<String> parts() {
        return List.of(path.split("\\."));
    }

    /** Whether {@code 0} is out of range, so that {@code -0} and underflowing tiny numbers are invalid here. */
    boolean zeroInvalid() {
        return min > 0;
    }
}
