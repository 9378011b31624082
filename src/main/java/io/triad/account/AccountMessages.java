package io.triad.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the account pages: the operator's accounts list, log-in and sign-up.
 * French in messages/acct_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "acct", locale = "en")
interface AccountMessages {
    @Message("Accounts")
    String accounts_title();

    @Message("Filter the accounts")
    String accounts_filter();

    @Message("Email contains")
    String accounts_search();

    @Message("Role")
    String accounts_role();

    @Message("All roles")
    String accounts_all_roles();

    @Message("Show")
    String accounts_apply();

    @Message("Accounts {from} to {to} of {total}, newest first")
    String accounts_range(String from, String to, String total);

    @Message("Email")
    String accounts_email();

    @Message("Created")
    String accounts_created();

    @Message("Programs")
    String accounts_programs();

    @Message("Startups")
    String accounts_startups();

    @Message("Student profiles")
    String accounts_student_profiles();

    @Message("Pages of accounts")
    String accounts_pages();

    @Message("Startup")
    String role_startup();

    @Message("Student")
    String role_student();

    @Message("Program administrator")
    String role_program_admin();

    @Message("Operator")
    String role_operator();

    // Log-in and sign-up. The roles read "a startup founder" here, "Startup" in the accounts list.
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
    String signup_role();

    @Message("a startup founder")
    String signup_role_startup();

    @Message("a student")
    String signup_role_student();

    @Message("a program administrator")
    String signup_role_program_admin();

    @Message("At least 10 characters.")
    String signup_password_hint();

    @Message("Create account")
    String signup_submit();

    @Message("This email cannot be used. Log in if it is yours.")
    String signup_error_taken();

    @Message("Too many sign-ups from this address. Try again later.")
    String signup_error_throttled();

    @Message("Enter an email address such as name@example.org.")
    String signup_error_email();

    @Message("The password must be 10 to 1,024 bytes long.")
    String signup_error_password();

    @Message("This is one of the most common passwords: choose another.")
    String signup_error_password_common();

    @Message("Choose what you are.")
    String signup_error_role();

    @Message("My account")
    String my_title();

    @Message("Your privacy")
    String my_privacy_title();

    @Message("Startups see your studies, skills, interests, region and dates, never your email, birth date, work status or the groups you identify with.")
    String my_privacy_text();

    @Message("See your profile as startups see it")
    String my_preview();

    @Message("Change what you share")
    String my_change_choices();

    @Message("Delete my account")
    String my_delete_title();

    @Message("Deleting your account removes it and everything it holds from Triad for good.")
    String my_delete_lead();

    @Message("Delete my account…")
    String my_delete_button();

    @Message("Delete your account for good?")
    String my_delete_confirm_title();

    @Message("This cannot be undone. Deleting your account also deletes:")
    String my_delete_warning();

    @Message("your student profile, your invitations and the placements not yet approved")
    String my_delete_student();

    @Message("your {n} startups and their openings")
    String my_delete_startups(int n);

    @Message("your {n} programs")
    String my_delete_programs(int n);

    @Message("every session where you are signed in")
    String my_delete_sessions();

    @Message("Yes, delete my account")
    String my_delete_confirm();

    @Message("Your account and everything it held were deleted.")
    String my_deleted();
}
