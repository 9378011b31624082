package io.triad.round;

import java.util.List;
import java.util.UUID;

/** WORKFLOW.md's results shape: what the run wrote through the placement workflow. */
record RoundResults(long seed, List<Item> items, List<String> unmatched) {

    /** What a caller sees: the rows it may see and, for a participant, why (API extension: {@code why}). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record View(long seed, List<Item> items, List<String> unmatched, List<Why.Reason> why) {
    }

    /** {@code placement} null when the workflow refused it (the opening's positions were taken meanwhile). */
    record Item(String student, String opening, int choice, UUID placement, List<UUID> applications) {
    }
}
