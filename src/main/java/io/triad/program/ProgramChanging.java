package io.triad.program;

import io.triad.domain.ProgramDoc;

/**
 * Fired synchronously inside the transaction that replaces ({@code after} set) or deletes ({@code after} null) an
 * existing program, before anything is written: a feature whose data hangs on the program may refuse the change by
 * throwing, or follow it (the placement workflow refuses deleting a program with live applications and changing its
 * currency once it has approved ones, and releases waitlisted applications when capacity or budget rise).
 */
public record ProgramChanging(long id, ProgramDoc before, ProgramDoc after) {
}
