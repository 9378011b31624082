package io.triad.program.dashboard;

import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * A program's uptake, which the placement workflow knows and implements: the dashboard asks through this interface so
 * that the workflow, which follows program changes, stays the only side that imports the other.
 */
public interface Uptakes {
    /** The uptake of a program the caller administers (any for an operator); 404 otherwise. */
    UptakeCard card(String key, Account caller, Locale locale);

    /**
     * The uptake of {@code program} from its applications as the caller (who has been let see the program) has just
     * read them: counts by status and the approved ones' summed amount. No database read.
     */
    UptakeCard card(ProgramDoc program, Map<String, Long> byStatus, BigDecimal approvedSum, Locale locale);
}
