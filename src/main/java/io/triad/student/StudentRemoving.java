package io.triad.student;

/**
 * Fired synchronously inside the transaction that deletes a student profile (its owner's erasure included), before
 * the row goes: the placement workflow deletes the student's invitations and placements and releases what they held.
 */
public record StudentRemoving(long studentId) {
}
