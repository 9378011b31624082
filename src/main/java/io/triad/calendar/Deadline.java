package io.triad.calendar;

import java.time.LocalDate;

/**
 * One date that matters to an account: a stable UID (the same event keeps it from one feed to the next), the day,
 * what it is ({@code kind}) with the names its title is written from, and where Triad shows it.
 */
record Deadline(String uid, LocalDate date, String kind, String name, String detail, String link) {
}
