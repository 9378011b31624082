package io.triad.round;

import java.util.List;
import java.util.UUID;

/** WORKFLOW.md's results shape: what the run wrote through the placement workflow. */
record RoundResults(long seed, List<Item> items, List<String> unmatched) {

    /** {@code placement} null when the workflow refused it (the opening's positions were taken meanwhile). */
    record Item(String student, String opening, int choice, UUID placement, List<UUID> applications) {
    }
}
