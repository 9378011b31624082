package io.triad.matching;

/**
 * What the engine answers from, as a value that changes with every change to it: {@code epoch} counts the changes
 * to programs, startups and openings, {@code students} and {@code openings} are the versions of the student and
 * opening index readers. All only grow, except that a rebuild starts a later epoch whatever the readers' versions.
 */
public record Generation(long epoch, long students, long openings) {
    public boolean isAfter(Generation other) {
        if (other == null || epoch > other.epoch) {
            return true;
        }
        return epoch == other.epoch && students >= other.students && openings >= other.openings && !equals(other);
    }
}
