package io.triad.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The shell's and public pages' strings; French in messages/msg_fr.properties (kept in sync by a test). */
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

    @Message("Language")
    String lang_label();

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

    @Message("Log in")
    String login_title();

    @Message("Email")
    String field_email();

    @Message("Password")
    String field_password();

    @Message("Wrong email or password.")
    String login_error_credentials();

    @Message("Too many failed log-ins for this email. Try again in 15 minutes.")
    String login_error_throttled();

    @Message("No account yet? Sign up")
    String login_signup_link();

    @Message("Create your account")
    String signup_title();

    @Message("I am")
    String field_role();

    @Message("a startup founder")
    String role_startup();

    @Message("a student")
    String role_student();

    @Message("a program administrator")
    String role_program_admin();

    @Message("At least 10 characters.")
    String signup_password_hint();

    @Message("Create account")
    String signup_submit();

    @Message("There is a problem")
    String error_summary();

    @Message("This email cannot be used. Log in if it is yours.")
    String signup_error_taken();

    @Message("Too many sign-ups from this address. Try again later.")
    String signup_error_throttled();

    @Message("Enter an email address such as name@example.org.")
    String error_email();

    @Message("The password must be 10 to 72 bytes long.")
    String error_password();

    @Message("Choose what you are.")
    String error_role();

    @Message("Page not found")
    String error_not_found();

    @Message("Save")
    String action_save();

    @Message("Search")
    String action_search();

    @Message("Previous")
    String action_previous();

    @Message("Next")
    String action_next();

    @Message("Delete")
    String action_delete();

    @Message("Cancel")
    String action_cancel();
}
