package io.triad.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The layout's strings (navigation, footer, error pages, actions every page uses) and the landing page's.
 * French in messages/msg_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {
    @Message("Triad")
    String app_name();

    @Message("Skip to main content")
    String skip_link();

    @Message("Main navigation")
    String nav_label();

    @Message("Programs")
    String nav_programs();

    @Message("My startups")
    String nav_startups();

    @Message("My profile")
    String nav_profile();

    @Message("My matches")
    String nav_matches();

    @Message("My programs")
    String nav_admin_programs();

    @Message("Dashboards")
    String nav_dashboards();

    @Message("Import")
    String nav_import();

    @Message("Accounts")
    String nav_accounts();

    @Message("Log in")
    String nav_login();

    @Message("Sign up")
    String nav_signup();

    @Message("Log out")
    String nav_logout();

    @Message("Signed in as {email}")
    String nav_signed_in(String email);

    @Message("Français")
    String lang_switch();

    @Message("Triad matches startups, students and the programs that fund student placements.")
    String footer_about();

    @Message("Hire students. Get the funding that pays for it.")
    String home_title();

    @Message("Startups enter their stage and openings, students register for placements, and program administrators publish the rules of their wage subsidies, tax credits and grants. Triad ranks the students who fit each opening and shows, for every placement, which programs pay part of the wages and how much.")
    String home_lead();

    @Message("I am a startup founder")
    String home_cta_startup();

    @Message("I am a student")
    String home_cta_student();

    @Message("I run a funding program")
    String home_cta_admin();

    @Message("Browse the program directory")
    String home_cta_directory();

    @Message("How it works")
    String home_how();

    @Message("Exact eligibility: every rule of every program is checked, and every verdict says why.")
    String home_how_rules();

    @Message("Ranked fit: skills, text, region and work mode, never who a student is.")
    String home_how_rank();

    @Message("Private by design: birth date, work status and self-identified groups are used for eligibility only and are never shown to startups.")
    String home_how_privacy();

    @Message("There is a problem")
    String error_summary();

    @Message("{#when status}{#is 400}The request cannot be read{#is 403}Not allowed{#is 404}Page not found"
            + "{#is 409}This conflicts with existing data{#is 413}Too large to send{#is 429}Too many attempts"
            + "{#is 503}Not ready yet{#else}Something went wrong{/when}")
    String error_title(int status);

    @Message("{#when status}{#is 400}A value in the address or the form is not valid. Go back, correct it and try again; nothing was changed."
            + "{#is 403}You may not do this: the page belongs to another account, or the form you sent has expired. Reload the page and try again."
            + "{#is 404}There is nothing at this address, or nothing this account may see. It may have been deleted."
            + "{#is 409}Someone changed the same data at the same time, or it already exists. Nothing was changed; reload the page and try again."
            + "{#is 413}The file or form you sent is larger than Triad accepts. Nothing was changed; send a smaller one."
            + "{#is 429}There were too many attempts from here. Wait a few minutes, then try again."
            + "{#is 503}Triad is getting ready: the search index is being built. Try again in a few seconds."
            + "{#else}The request could not be completed; nothing was changed. Try again in a moment.{/when}")
    String error_text(int status);

    @Message("What to correct")
    String error_details();

    @Message("Back to the previous page")
    String error_back();

    @Message("Go to the home page")
    String error_home();

    @Message("Search")
    String action_search();

    @Message("Previous")
    String action_previous();

    @Message("Next")
    String action_next();

    @Message("Cancel")
    String action_cancel();

    @Message("Home")
    String nav_home();

    @Message("Go to your home")
    String home_cta_mine();

    @Message("Menu")
    String nav_menu();
}
