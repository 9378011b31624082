package io.triad.calendar;

import java.time.LocalDate;

/**
 * One date that matters to an account: a stable UID (the same event keeps it from one feed to the next), the day,
 * what it is ({@code kind}) with the names its title is written from, where Triad shows it, and (a placement
 * program's) whether the placement has applied.
 */
record Deadline(String uid, LocalDate date, String kind, String name, String detail, String link, boolean applied) {
    Deadline(String uid, LocalDate date, String kind, String name, String detail, String link) {
        this(uid, date, kind, name, detail, link, false);
    }

    /** A program deadline the account has not acted on: what a reminder is about. */
    boolean remindable() {
        return !applied && (kind.equals("COMPANY_PROGRAM") || kind.equals("PLACEMENT_PROGRAM"));
    }
}
