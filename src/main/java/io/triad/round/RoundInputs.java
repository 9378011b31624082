package io.triad.round;

import java.util.List;

/**
 * The problem a run solved, frozen when it ran so a replay recomputes from exactly it. Students and openings are in key
 * order (the lottery's tickets follow a student's place in it), programs in id order (the lock order).
 *
 * @param students each student's openings, best first
 * @param openings each opening's free positions and its ranking as tiers of student keys (an explicit ranking has one
 *                 student per tier; the engine's order puts students it scores alike in one tier)
 * @param programs each program's room left: places (-1 none set), budget in cents (-1 none), stackable
 * @param options  stage 2's choices over the matched pairs: program, pair, amount in cents; and the pairs' wages
 * @param work     stage 2's work limit (CP-SAT deterministic seconds) the run used, so a replay uses it too (0: none
 *                 stored, from before limits were frozen)
 */
record RoundInputs(long seed, List<StudentIn> students, List<OpeningIn> openings, List<ProgramIn> programs,
        List<OptionIn> options, List<WagesIn> wages, double work) {

    record StudentIn(String key, List<String> openings) {
    }

    record OpeningIn(String key, int capacity, List<List<String>> tiers, boolean engineOrder) {
    }

    record ProgramIn(String key, int capacity, long budget, boolean stackable) {
    }

    record OptionIn(String student, String opening, String program, long cents) {
    }

    /** Gross wages of an opening in cents (-1 when unknown). */
    record WagesIn(String opening, long cents) {
    }

    RoundInputs withFunding(List<OptionIn> options, List<WagesIn> wages) {
        return new RoundInputs(seed, students, openings, programs, options, wages, work);
    }

    RoundInputs withWork(double limit) {
        return new RoundInputs(seed, students, openings, programs, options, wages, limit);
    }
}
