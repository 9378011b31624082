package io.triad.placement;

import io.triad.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** A program's uptake for pages outside the workflow (the program's dashboard), with the queue's authorization. */
@ApplicationScoped
public class ProgramUptake {
    private final ProgramQueue queue;

    ProgramUptake(ProgramQueue queue) {
        this.queue = queue;
    }

    /** The uptake of a program the caller administers (any for an operator); 404 otherwise. */
    public UptakeCard card(String key, Account caller, Locale locale) {
        return UptakeCard.of(queue.uptake(key, caller), locale);
    }
}
