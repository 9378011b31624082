package io.triad.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The startup and student pages' texts; French in messages/people_fr.properties (kept in sync by a test). */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {
    /** A colon after a label: French puts a no-break space before it. */
    @Message(":")
    String colon();

    @Message("Saved.")
    String saved();

    @Message("Fit score")
    String score();

    @Message("Matched skills")
    String matched_skills();

    @Message("None of the listed skills")
    String no_matched_skills();

    @Message("Why it fits")
    String reasons();

    @Message("Funding for this placement")
    String funding();

    @Message("No published program pays for this placement.")
    String no_funding();

    @Message("amount not stated")
    String amount_unknown();

    /** Beside an amount; {@link #enhanced_possible} explains it once per page. */
    @Message("higher rate possible")
    String enhanced_flag();

    @Message("Higher rate possible: a program so marked pays an enhanced rate to students in certain groups, which applies if the student qualifies and chooses to share it.")
    String enhanced_possible();

    /** Beside an amount; {@link #conditional} explains it once per page. */
    @Message("conditional")
    String conditional_flag();

    @Message("Conditional: an amount so marked depends on the student's age or work status, which Triad does not show you; it is confirmed when you apply.")
    String conditional();

    @Message("Near misses: one rule to change")
    String near_misses();

    @Message("needs")
    String needs();

    @Message("has")
    String has();

    @Message("nothing given")
    String not_given();

    @Message("Show more")
    String show_more();

    @Message("Showing {shown} of {total}.")
    String showing(int shown, long total);

    @Message("Edit")
    String edit();

    @Message("Key")
    String key();

    @Message("The key identifies this record in links and in the API. It is set when the record is created and does not change.")
    String key_hint();

    @Message("My startups")
    String startups_title();

    @Message("You have not added a startup yet. Add one to post openings and see the students and funding that fit.")
    String startups_empty();

    @Message("Add a startup")
    String startup_add();

    @Message("{count} opening(s)")
    String openings_count(int count);

    @Message("New startup")
    String startup_new_title();

    @Message("Edit {name}")
    String startup_edit_title(String name);

    @Message("Save the startup")
    String startup_save();

    @Message("Company profile")
    String startup_profile();

    @Message("Edit the profile")
    String startup_edit();

    @Message("Delete the startup")
    String startup_delete();

    @Message("Delete {name}?")
    String startup_delete_title(String name);

    @Message("This deletes the company profile and its {count} {#if count == 1}opening{#else}openings{/if} for good: students will no longer see them and nothing can be recovered.")
    String startup_delete_warning(int count);

    @Message("Delete the startup and its openings")
    String startup_delete_confirm();

    @Message("The startup and its openings were deleted.")
    String startup_deleted();

    @Message("Company programs it qualifies for")
    String startup_programs_link();

    @Message("Incorporated")
    String incorporated();

    @Message("Not incorporated")
    String not_incorporated();

    @Message("For profit")
    String for_profit();

    @Message("Not for profit")
    String not_for_profit();

    @Message("{count} people")
    String people_count(int count);

    @Message("Openings")
    String openings_title();

    @Message("No openings yet. Add one to see the students who fit it and the funding for each placement.")
    String openings_empty();

    @Message("Add an opening")
    String opening_add();

    @Message("Matching students and funding")
    String opening_matches();

    @Message("Delete this opening")
    String opening_delete();

    @Message("Starts {date}, {weeks} weeks, {hours} hours a week, {wage} an hour")
    String opening_summary(String date, int weeks, String hours, String wage);

    @Message("New opening at {startup}")
    String opening_new_title(String startup);

    @Message("Edit {title}")
    String opening_edit_title(String title);

    @Message("Save the opening")
    String opening_save();

    @Message("Students for {title}")
    String matches_title(String title);

    @Message("Ranked by how well each student fits the opening: skills, description, region and work mode. Funding never changes the rank unless you ask for it below.")
    String matches_lead();

    @Message("Show and order")
    String matches_choices();

    @Message("Only students whose placement a program funds")
    String matches_funded_only();

    @Message("Order")
    String matches_order();

    @Message("Best fit first")
    String matches_by_score();

    @Message("Most funding first")
    String matches_by_amount();

    @Message("Apply")
    String apply();

    @Message("No student fits this opening yet. Matches update a few seconds after any change; an opening that has started is matched with no one.")
    String matches_none();

    @Message("Company programs for {name}")
    String programs_title(String name);

    @Message("Grants, loans and vouchers paid to the company, checked against its profile today.")
    String programs_lead();

    @Message("Programs it qualifies for")
    String programs_eligible();

    @Message("No published company program fits this startup yet.")
    String programs_none();

    @Message("Up to {amount}")
    String up_to(String amount);

    @Message("No near misses.")
    String no_near_misses();

    @Message("My student profile")
    String student_title();

    @Message("Tell startups what you study, when you are available and what you can do. Your profile is matched with their openings and with the programs that fund placements.")
    String student_lead();

    @Message("Studies")
    String student_studies();

    @Message("Private: used only for eligibility")
    String student_private();

    @Message("Your birth date, work status and the groups you identify with are used only to check eligibility for funding programs. They are never shown to startups.")
    String privacy_notice();

    @Message("Availability and work")
    String student_availability();

    @Message("Skills and interests")
    String student_skills();

    @Message("Save my profile")
    String student_save();

    @Message("Your profile is saved. See the openings that fit you.")
    String student_saved();

    @Message("Openings for you")
    String student_matches_title();

    @Message("Openings you fit, best fit first, with the programs that would pay part of your wages.")
    String student_matches_lead();

    @Message("Create your profile first: your matches are computed from it.")
    String student_no_profile();

    @Message("Create my profile")
    String student_create();

    @Message("No opening fits your profile yet. New openings appear here a few seconds after startups post them.")
    String student_matches_none();

    @Message("at {startup}")
    String at_startup(String startup);

    @Message("What startups see of you")
    String preview_title();

    @Message("A startup sees this when your profile fits one of its openings, and only then.")
    String preview_lead();

    @Message("What they never see")
    String preview_hidden_title();

    @Message("Your email, birth date, work status and the groups you identify with: Triad uses them only to check programs' rules.")
    String preview_hidden_fields();

    @Message("You chose to share the higher funding rate you qualify for: startups see that amount, never which group it comes from.")
    String preview_shares();

    @Message("You do not share a higher funding rate: startups see the standard amount, with a note when a program may pay more.")
    String preview_not_shared();

    @Message("Change what you share")
    String preview_change();

    @Message("See what startups see of you")
    String preview_link();
}
