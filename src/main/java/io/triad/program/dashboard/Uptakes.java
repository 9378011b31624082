package io.triad.program.dashboard;

import io.triad.account.Account;
import java.util.Locale;

/**
 * A program's uptake, which the placement workflow knows and implements: the dashboard asks through this interface so
 * that the workflow, which follows program changes, stays the only side that imports the other.
 */
public interface Uptakes {
    /** The uptake of a program the caller administers (any for an operator); 404 otherwise. */
    UptakeCard card(String key, Account caller, Locale locale);
}
