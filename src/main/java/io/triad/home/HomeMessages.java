package io.triad.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The strings of the homes. French in messages/home_fr.properties (kept in sync by MessageBundlesInSyncTest). */
@MessageBundle(value = "home", locale = "en")
interface HomeMessages {
    @Message("What to do next")
    String next_title();

    @Message("fewer than {n}")
    String fewer_than(String n);

    @Message("Upcoming")
    String status_upcoming();

    @Message("Open")
    String status_open();

    @Message("Closing soon")
    String status_closing_soon();

    @Message("Closed")
    String status_closed();

    @Message("Draft")
    String status_draft();

    @Message("Your startups")
    String founder_title();

    @Message("You have no startup on Triad yet. Describe it once, add its openings, and Triad finds the students who fit and the programs that pay part of their wages.")
    String founder_empty();

    @Message("Company programs you qualify for today: {n}")
    String founder_company_programs(String n);

    @Message("No openings yet.")
    String founder_no_openings();

    @Message("Add an opening")
    String founder_add_opening();

    @Message("Openings of {name}")
    String founder_openings_caption(String name);

    @Message("Opening")
    String col_opening();

    @Message("Starts")
    String col_start();

    @Message("Students who fit")
    String col_fit();

    @Message("Of them, with funding")
    String col_funded();

    @Message("This start date has passed: students can no longer be placed on it.")
    String opening_started();

    @Message("Change the date")
    String opening_change_date();

    @Message("Deadlines in the next 30 days")
    String deadlines_title();

    @Message("No program in your regions closes in the next 30 days.")
    String deadlines_none();

    @Message("apply by {date}")
    String deadline_on(String date);

    @Message("All programs and their deadlines")
    String deadlines_all();

    @Message("To protect students' privacy, counts under 5 read \"fewer than 5\".")
    String counts_note();

    @Message("Describe your startup")
    String founder_next_startup();

    @Message("Programs decide on your stage, size, region and sector: Triad needs them to tell you what you qualify for.")
    String founder_next_startup_why();

    @Message("Add an opening to {name}")
    String founder_next_opening(String name);

    @Message("An opening's skills, dates and wage decide which students fit and which programs pay part of the wages.")
    String founder_next_opening_why();

    @Message("Change the start date of {title}")
    String founder_next_started(String title);

    @Message("Its start date has passed, so no student can be placed on it and no program will fund it.")
    String founder_next_started_why();

    @Message("See the students who fit {title}")
    String founder_next_matches(String title);

    @Message("Invite the ones you want to meet: each shows the programs that would fund the placement.")
    String founder_next_matches_why();

    @Message("Your home")
    String student_title();

    @Message("Create your profile")
    String student_next_profile();

    @Message("Startups find you by your skills, studies and dates; your birth date, work status and groups stay private.")
    String student_next_profile_why();

    @Message("Answer your invitations ({n})")
    String student_next_invitations(String n);

    @Message("A startup wants to meet you; an invitation expires when the placement starts.")
    String student_next_invitations_why();

    @Message("No opening fits your profile yet: this is what would help most.")
    String student_next_missing_why();

    @Message("Review your profile")
    String student_next_none();

    @Message("No opening fits your profile today. Wider dates, more skills or another work mode may change that.")
    String student_next_none_why();

    @Message("See every opening that fits you")
    String student_next_matches();

    @Message("Startups see your profile without your private details and may invite you.")
    String student_next_matches_why();

    @Message("Your best matches")
    String student_best_title();

    @Message("No opening fits your profile today.")
    String student_best_none();

    @Message("starts {date}")
    String student_best_start(String date);

    @Message("{wage} an hour")
    String student_best_wage(String wage);

    @Message("All openings that fit you ({n})")
    String student_best_all(String n);

    @Message("What your profile is missing")
    String student_missing_title();

    @Message("Nothing: your profile is complete.")
    String student_missing_none();

    @Message("You have invitations waiting for your answer.")
    String student_invitations();

    @Message("Add your skills")
    String missing_skills();

    @Message("openings are ranked by the skills they ask for")
    String missing_skills_why();

    @Message("Say when you are available")
    String missing_availability();

    @Message("only openings within your dates are shown to you")
    String missing_availability_why();

    @Message("Choose how you can work")
    String missing_work_modes();

    @Message("on site, hybrid or remote decides which openings fit")
    String missing_work_modes_why();

    @Message("Choose the sectors that interest you")
    String missing_interests();

    @Message("they help startups of those sectors find you")
    String missing_interests_why();

    @Message("Write a few words about yourself")
    String missing_bio();

    @Message("startups read it before they invite you")
    String missing_bio_why();

    @Message("Your programs")
    String admin_title();

    @Message("You have no program yet.")
    String admin_empty();

    @Message("Your programs, soonest deadline first")
    String admin_caption();

    @Message("Program")
    String col_program();

    @Message("Status")
    String col_status();

    @Message("Deadline")
    String col_deadline();

    @Message("Placements it could fund today")
    String col_fundable();

    @Message("Applications to decide")
    String col_pending();

    @Message("No deadline")
    String admin_no_deadline();

    @Message("Company program")
    String admin_company();

    @Message("Placements it could fund: pairs of an opening and a student that pass every rule today (counts under 5 read \"fewer than 5\").")
    String admin_fundable_note();

    @Message("Create a program")
    String admin_add();

    @Message("Dashboards")
    String admin_dashboards();

    @Message("Create your first program")
    String admin_next_create();

    @Message("Describe its rules once: Triad then shows founders and students whether they qualify and how much.")
    String admin_next_create_why();

    @Message("Decide on {n} applications to {name}")
    String admin_next_review(String n, String name);

    @Message("Startups are waiting for your answer before the placement starts.")
    String admin_next_review_why();

    @Message("Publish {name}")
    String admin_next_publish(String name);

    @Message("A draft is visible only to you: nobody can apply until it is published.")
    String admin_next_publish_why();

    @Message("See how your programs are taken up")
    String admin_next_dashboards();

    @Message("Dashboards show who is eligible, where, and how much is committed.")
    String admin_next_dashboards_why();

    @Message("Operations")
    String operator_title();

    @Message("Health")
    String op_health_title();

    @Message("Search is ready: the index follows the database.")
    String op_health_ready();

    @Message("Search is being rebuilt from the database: matches may be incomplete until it is done.")
    String op_health_building();

    @Message("Health checks")
    String op_health_link();

    @Message("What Triad holds")
    String op_holds_title();

    @Message("Accounts")
    String op_accounts();

    @Message("Founder accounts")
    String op_founders();

    @Message("Student accounts")
    String op_students();

    @Message("Administrator accounts")
    String op_admins();

    @Message("Programs")
    String op_programs();

    @Message("Startups")
    String op_startups();

    @Message("Openings")
    String op_openings();

    @Message("Student profiles")
    String op_profiles();

    @Message("Applications to decide")
    String op_pending();

    @Message("Tasks")
    String op_tasks_title();

    @Message("Import programs, startups or students from a file")
    String op_task_import();

    @Message("Find an account")
    String op_task_accounts();

    @Message("Program dashboards")
    String op_task_dashboards();

    @Message("Check the search index")
    String op_next_index();

    @Message("It is still being built: matches are incomplete until it is ready.")
    String op_next_index_why();

    @Message("Import the programs")
    String op_next_import();

    @Message("Triad holds no program yet: nothing can be matched or funded.")
    String op_next_import_why();

    @Message("Review the accounts")
    String op_next_accounts();

    @Message("Everything is running; accounts are where people ask for help.")
    String op_next_accounts_why();
}
