package io.triad.round;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The strings of the rounds' pages. French in messages/round_fr.properties (kept in sync by MessageBundlesInSyncTest). */
@MessageBundle(value = "round", locale = "en")
interface RoundMessages {
    @Message("Matching rounds")
    String rounds_title();

    @Message("Everyone states preferences by a date, then one run decides: a stable assignment of students to openings, then the best use of the programs' budgets.")
    String rounds_lead();

    @Message("No rounds here yet.")
    String rounds_none();

    @Message("New round")
    String create();

    @Message("Name")
    String name();

    @Message("Openings (keys, separated by spaces or commas)")
    String openings_field();

    @Message("Programs (keys, separated by spaces or commas)")
    String programs_field();

    @Message("Preferences close on")
    String closes_on();

    @Message("Lottery seed (optional)")
    String seed_field();

    @Message("{#when v}{#is 'OPEN'}Open{#is 'RUNNING'}Running{#is 'DONE'}Done{#else}{v}{/when}")
    String status(String v);

    @Message("Status")
    String status_label();

    @Message("Progress: {percent} %")
    String progress(long percent);

    @Message("This page refreshes itself every {seconds} seconds while the round runs.")
    String refreshing(int seconds);

    @Message("Lottery seed: {seed}")
    String seed(long seed);

    @Message("Run the round")
    String run();

    @Message("Running closes the round: preferences freeze and the results are written as placements.")
    String run_note();

    @Message("Your ranking")
    String your_ranking();

    @Message("Rank up to {max} openings you fit, best first. Anything you do not rank will not be offered to you.")
    String student_lead(int max);

    @Message("Ranking for {opening}")
    String opening_ranking(String opening);

    @Message("Rank the students who fit this opening, best first, or accept the engine's order. Students you do not rank will not be offered to you.")
    String opening_lead();

    @Message("This opening uses the engine's order (ties broken by the round's published lottery).")
    String engine_in_use();

    @Message("Use the engine's order")
    String use_engine();

    @Message("Nothing ranked yet.")
    String none_ranked();

    @Message("Not ranked")
    String not_ranked();

    @Message("{#when act}{#is 'up'}Move up{#is 'down'}Move down{#else}Remove{/when}")
    String action(String act);

    @Message("Add")
    String add();

    @Message("The round no longer takes preferences.")
    String frozen();

    @Message("Results")
    String results();

    @Message("Openings in this round")
    String openings_in_round();

    @Message("Programs whose places and budgets it may commit")
    String programs_in_round();

    @Message("Matched with {opening}, your choice number {choice}.")
    String matched(String opening, int choice);

    @Message("Not matched this round.")
    String unmatched();

    @Message("You ranked no openings in this round, so it could not place you.")
    String no_ranking();

    @Message("No student comes to your openings from this round.")
    String nobody_coming();

    @Message("Matched with {opening}, your choice number {choice}, but its positions were taken meanwhile: no placement was made.")
    String matched_not_placed(String opening, int choice);

    @Message("{student} was matched with {opening}, but its positions were taken meanwhile: no placement was made.")
    String coming_not_placed(String student, String opening);

    @Message("{student} comes to {opening} (their choice number {choice}).")
    String coming(String student, String opening, int choice);

    @Message("{#when code}{#is 'NOT_RANKED'}{opening} did not rank you.{#is 'NO_POSITIONS'}{opening} had no position left.{#is 'FILLED_HIGHER'}{opening} filled with students it ranked higher.{#is 'LOST_LOTTERY'}{opening} filled with students it ranked as high as you; the lottery put them first.{#else}{code}{/when}")
    String why_student(String opening, String code);

    @Message("{#when code}{#is 'DID_NOT_RANK'}{student} did not rank {opening}.{#is 'CHOSE_HIGHER'}{student} was matched with an opening they ranked higher.{#is 'FILLED_HIGHER'}{opening} filled with students you ranked higher than {student}.{#is 'LOST_LOTTERY'}{opening} filled with students tied with {student}; the lottery put them first.{#else}{code}{/when}")
    String why_opening(String opening, String student, String code);

    @Message("Why")
    String why();

    @Message("Figures")
    String figures();

    @Message("Match rate: {matched} of {students} students ({percent} %)")
    String match_rate(int matched, int students, long percent);

    @Message("Choice rank")
    String choice_rank();

    @Message("Students")
    String students_header();

    @Message("Choice {rank}")
    String choice_label(int rank);

    @Message("Funding committed per program")
    String funding();

    @Message("Program")
    String program();

    @Message("Placements")
    String placements();

    @Message("Committed")
    String committed();

    @Message("Data table")
    String data_table();

    @Message("How many matched students got their 1st, 2nd, … choice.")
    String choices_desc();

    @Message("The amounts the round's placements hold, per program.")
    String funding_desc();

    @Message("Solver: proven optimal.")
    String optimal();

    @Message("Solver: best found within its work limit, at most {gap} % below the optimum.")
    String gap(String gap);

    @Message("Solver: stopped by its wall-clock safety net before its work limit, at most {gap} % below the optimum; a replay may differ.")
    String gap_wall(String gap);
}
