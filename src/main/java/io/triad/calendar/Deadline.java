package io.triad.calendar;

import io.triad.domain.ProgramDoc;
import java.time.LocalDate;

/**
 * One date that matters to an account: a stable UID (the same event keeps it from one feed to the next), the day,
 * what it is ({@code kind}) with the names its title is written from, where Triad shows it, the key of the program
 * whose deadline it is (null for other dates: what reminders and mutes go by, never parsed out of the UID), and (a
 * placement program's) whether the placement has applied. A program's French name ({@code nameFr}, null when it has
 * none) is what a French reader sees instead of {@code name}; the UID never depends on either.
 */
record Deadline(String uid, LocalDate date, String kind, String name, String detail, String link, String program,
        boolean applied, String nameFr) {
    Deadline(String uid, LocalDate date, String kind, String name, String detail, String link) {
        this(uid, date, kind, name, detail, link, null, false, null);
    }

    /** The name a reader of {@code lang} sees: the program's French name for French, else {@code name}. */
    public String nameIn(String lang) {
        return ProgramDoc.localized(lang, name, nameFr);
    }

    /** A program deadline the account has not acted on: what a reminder is about. */
    boolean remindable() {
        return !applied && (kind.equals("COMPANY_PROGRAM") || kind.equals("PLACEMENT_PROGRAM"));
    }
}
