package io.triad.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the account pages: the operator's accounts list.
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
}
