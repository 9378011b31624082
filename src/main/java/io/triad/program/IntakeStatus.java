package io.triad.program;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import java.time.LocalDate;

/**
 * Where a program stands on a day, as people ask it: not open yet, open, closing soon (its deadline within
 * {@value #SOON_DAYS} days) or closed (closed by its administrator, or past its deadline).
 */
public enum IntakeStatus {
    UPCOMING, OPEN, CLOSING_SOON, CLOSED;

    public static final int SOON_DAYS = 14;

    public static IntakeStatus of(ProgramDoc p, LocalDate today) {
        LocalDate opens = p.intake().opens();
        LocalDate deadline = p.intake().deadline();
        if (p.status() == ProgramStatus.CLOSED || deadline != null && deadline.isBefore(today)) {
            return CLOSED;
        }
        if (opens != null && opens.isAfter(today)) {
            return UPCOMING;
        }
        return deadline != null && !deadline.isAfter(today.plusDays(SOON_DAYS)) ? CLOSING_SOON : OPEN;
    }

    /** The CSS class of its badge. */
    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
