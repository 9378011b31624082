package io.triad.program.dashboard;

/**
 * A program's uptake as the pages show it (the administrator's queue and the program's dashboard): figures written
 * in the page's language and the share of places and budget used, for the bars. The workflow fills it in.
 */
public record UptakeCard(String capacity, long approved, long pending, long waitlisted, String placesLeft,
        String budget, String committed, String remaining, int placesPercent, int budgetPercent, String placesChart,
        String budgetChart) {
}
