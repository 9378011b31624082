package io.triad.matching;

/**
 * What the engine answers from, as a value that changes with every change to it: {@code epoch} counts the changes
 * to programs, startups and openings, {@code students} is the student index reader's version. Both only grow, except
 * that a rebuild starts a later epoch whatever the reader's version.
 */
public record Generation(long epoch, long students) {
    public boolean isAfter(Generation other) {
        return other == null || epoch > other.epoch || (epoch == other.epoch && students > other.students);
    }
}
