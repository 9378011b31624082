package io.triad.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the operations pages: program dashboards, program and operator imports, the accounts list.
 * French in messages/ops_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "ops", locale = "en")
public interface OperationsMessages {
    @Message("Import programs")
    String import_title();

    @Message("Upload a JSON import document or a CSV file of programs, or paste one below. Nothing is imported unless every program is valid.")
    String import_lead();

    @Message("Import complete")
    String import_done();

    @Message("Dashboards of your programs: who is eligible, subsidies, uptake")
    String import_dashboards_link();

    @Message("See the dashboards of your programs")
    String import_see_dashboards();

    @Message("Nothing was imported")
    String import_failed();

    @Message("Choose a file or paste a document.")
    String import_error_empty();

    @Message("The document is not valid JSON (line {line}, column {column}).")
    String import_error_json(long line, long column);

    @Message("Program administrators may import programs only: remove the startups and students from the document.")
    String import_error_programs_only();

    @Message("This account may not change one of these programs; nothing was imported.")
    String import_error_forbidden();

    @Message("The import was refused; nothing was imported.")
    String import_error_failed();

    @Message("Problems found: {count}. Correct them and upload the file again.")
    String import_error_rows(int count);

    @Message("Row {row}, {column}: {message}")
    String row_error(int row, String column, String message);

    @Message("Row {row}: {message}")
    String row_error_whole(int row, String message);

    @Message("row {row}")
    String row_ref(int row);

    @Message("File (JSON or CSV)")
    String import_file();

    @Message("A file whose content starts with a curly bracket is read as JSON, any other as CSV. At most 20 MB.")
    String import_file_hint();

    @Message("Or paste the document")
    String import_paste();

    @Message("Used when no file is chosen.")
    String import_paste_hint();

    @Message("Import")
    String import_submit();

    @Message("The CSV format")
    String csv_format();

    @Message("The first row names the columns; each following row is one program.")
    String csv_rule_rows();

    @Message("Columns may come in any order. Every column but key, name, kind, scope and funding.currency may be left out.")
    String csv_rule_columns();

    @Message("Separate the values of a list with a vertical bar (|). An empty cell means no restriction.")
    String csv_rule_lists();

    @Message("Dates are written YYYY-MM-DD, decimals with a point, flags as true or false.")
    String csv_rule_formats();

    @Message("A cell holding a comma, a double quote or a line break is put in double quotes, with any double quote inside doubled (RFC 4180).")
    String csv_rule_quotes();

    @Message("Codes are those of the import document: SEED, WAGE_SUBSIDY, CA-ON and so on. A program whose key exists is replaced whole.")
    String csv_rule_codes();

    @Message("Errors name rows as a spreadsheet does: the header is row 1 and the first program row 2.")
    String csv_rows();

    @Message("Download a CSV file with the header and an example row")
    String csv_template();

    @Message("The complete header:")
    String csv_header();

    @Message("Columns of the CSV file")
    String csv_columns_caption();

    @Message("Column")
    String csv_column();

    @Message("Value")
    String csv_type();

    @Message("Example")
    String csv_example();

    @Message("empty: no restriction")
    String csv_no_restriction();

    @Message("text or code")
    String type_text();

    @Message("list of codes separated by |")
    String type_list();

    @Message("whole number")
    String type_whole();

    @Message("number")
    String type_number();

    @Message("true or false")
    String type_boolean();

    @Message("date YYYY-MM-DD")
    String type_date();

    @Message("The JSON format")
    String json_format();

    @Message("The import document of the Triad data format: an object with a programs array, each program as the API returns it. Program administrators may import programs only; operators may include startups and students too.")
    String json_rules();

    @Message("Import a large document with startups and students in the background")
    String json_operator_link();

    @Message("Programs")
    String label_programs();

    @Message("Startups")
    String label_startups();

    @Message("Openings")
    String label_openings();

    @Message("Students")
    String label_students();

    @Message("Student profiles")
    String label_student_profiles();

    @Message("Import data")
    String operator_import_title();

    @Message("Upload a complete import document (programs, startups with their openings, and students). Large files are imported in the background: you can follow the progress and leave the page.")
    String operator_import_lead();

    @Message("Import document (JSON, or JSON compressed with gzip)")
    String operator_import_file();

    @Message("At most 20 MB as uploaded: compress a larger document with gzip (.json.gz).")
    String operator_import_file_hint();

    @Message("Choose the file to import.")
    String operator_import_missing();

    @Message("Upload and import")
    String operator_import_submit();

    @Message("The file is read, then validated as a whole, then imported in one transaction: when any entity is invalid, nothing is imported. Imports run one at a time.")
    String operator_import_how();

    @Message("Import programs from a CSV file")
    String operator_import_programs_link();

    @Message("Recent imports")
    String operator_recent();

    @Message("No import since the server started.")
    String operator_recent_none();

    @Message("File")
    String operator_col_file();

    @Message("Started by")
    String operator_col_by();

    @Message("Started")
    String operator_col_started();

    @Message("Status")
    String operator_col_status();

    @Message("(unnamed file)")
    String operator_unnamed();

    @Message("Waiting for the previous import")
    String phase_queued();

    @Message("Reading the file")
    String phase_reading();

    @Message("Validating")
    String phase_validating();

    @Message("Importing into the database")
    String phase_importing();

    @Message("Done")
    String phase_done();

    @Message("Failed")
    String phase_failed();

    @Message("completed")
    String step_passed();

    @Message("stopped here")
    String step_stopped();

    @Message("Import progress")
    String job_title();

    @Message("File")
    String job_file();

    @Message("Size")
    String job_size();

    @Message("{size} kB")
    String size_kb(String size);

    @Message("{size} MB")
    String size_mb(String size);

    @Message("Time")
    String job_elapsed();

    @Message("{seconds} s")
    String job_seconds(String seconds);

    @Message("Status:")
    String job_status();

    @Message("Steps of the import")
    String job_steps();

    @Message("Progress is shown by step only: the database import is one transaction whose own progress cannot be measured, and a large file may stay in that step for several minutes.")
    String job_progress_note();

    @Message("This page reloads every {seconds} seconds until the import ends.")
    String job_refreshing(int seconds);

    @Message("Stop reloading")
    String job_stop_refresh();

    @Message("Reload to see the progress")
    String job_reload();

    @Message("Imported")
    String job_done();

    @Message("Searches and matches include the new data within seconds.")
    String job_done_index();

    @Message("The document has {total} problems; the first {shown} are listed.")
    String job_violations_some(String total, String shown);

    @Message("Problems in the document: {total}.")
    String job_violations_all(String total);

    @Message("The file is empty.")
    String job_error_empty();

    @Message("Too many imports are waiting; try again when they are done.")
    String job_error_busy();

    @Message("The import failed on the server; nothing was imported. The server log has the details.")
    String job_error_unexpected();

    @Message("Back to imports")
    String job_back();

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

    @Message("Program dashboards")
    String dashboards_title();

    @Message("You have no programs yet.")
    String dashboards_none();

    @Message("published")
    String status_published();

    @Message("draft")
    String status_draft();

    @Message("closed")
    String status_closed();

    @Message("pays for student placements")
    String scope_placement();

    @Message("pays companies")
    String scope_company();

    @Message("Dashboard: {name}")
    String dashboard_title(String name);

    @Message("Eligibility on")
    String dashboard_asof();

    @Message("Update")
    String dashboard_update();

    @Message("Who is eligible on {date}, with the exact rules of the program.")
    String dashboard_lead(String date);

    @Message("At a glance")
    String dashboard_glance();

    @Message("Charts")
    String dashboard_charts();

    @Message("Best placements")
    String dashboard_matches_link();

    @Message("Program page")
    String dashboard_program_link();

    @Message("This program is not published: nobody else sees it. The figures show who would be eligible.")
    String notice_not_published();

    @Message("The program opens on {date}: nobody is eligible before then. Choose a later date to preview.")
    String notice_not_open_yet(String date);

    @Message("The deadline was {date}: nobody is eligible any more.")
    String notice_deadline_passed(String date);

    @Message("Every place is taken: approved placements have reached the capacity, so nobody is eligible.")
    String notice_full();

    @Message("This program pays companies: students do not apply.")
    String notice_company();

    @Message("The distribution of amounts covers the {shown} best placements of {total}.")
    String notice_best(String shown, String total);

    @Message("The search index is being built: placements and amounts will appear in a moment.")
    String notice_index();

    @Message("Eligible startups")
    String fig_startups();

    @Message("of {total} startups")
    String fig_startups_note(String total);

    @Message("Eligible openings")
    String fig_openings();

    @Message("not started, at eligible startups, passing the placement rules")
    String fig_openings_note();

    @Message("Eligible students")
    String fig_students();

    @Message("of {total} students, for at least one eligible opening")
    String fig_students_note(String total);

    @Message("Fundable placements")
    String fig_placements();

    @Message("student and opening pairs that fit and are eligible")
    String fig_placements_note();

    @Message("Median subsidy")
    String fig_median();

    @Message("over {count} placements with a known amount")
    String fig_median_note(String count);

    @Message("Approved placements")
    String fig_approved();

    @Message("capacity {capacity} ({used} used, {remaining} left); {proposed} proposed")
    String fig_capacity(String capacity, String used, String remaining, String proposed);

    @Message("no capacity limit; {proposed} proposed")
    String fig_capacity_unlimited(String proposed);

    @Message("Committed funding")
    String fig_committed();

    @Message("what the approved placements earn")
    String fig_committed_note();

    @Message("Amount per company")
    String fig_max_amount();

    @Message("the program's maximum amount")
    String fig_max_amount_note();

    @Message("none")
    String none();

    @Message("Eligible startups by region")
    String chart_startups_region();

    @Message("Eligible startups by sector")
    String chart_startups_sector();

    @Message("Eligible students by region")
    String chart_students_region();

    @Message("Subsidy amounts of fundable placements")
    String chart_amounts();

    @Message("Show the numbers")
    String chart_table();

    @Message("Nothing to show: nobody is eligible.")
    String chart_empty();

    @Message("A startup in several sectors counts in each.")
    String chart_note_sectors();

    @Message("No amount to show: the funding terms give no amount for these placements.")
    String chart_no_amounts();

    @Message("Other ({count})")
    String chart_other(String count);

    @Message("Bar chart of {count} categories; the largest is {top} with {topValue}.")
    String chart_desc_ranked(String count, String top, String topValue);

    @Message("Histogram of {count} amounts, from {min} to {max}. Each bar counts the amounts from its lower bound up to, but not including, its upper bound.")
    String chart_desc_amounts(String count, String min, String max);

    @Message("{from} to {to}")
    String bin(String from, String to);

    @Message("Region")
    String col_region();

    @Message("Sector")
    String col_sector();

    @Message("Eligible startups")
    String col_startups();

    @Message("Eligible students")
    String col_students();

    @Message("Amount")
    String col_amount();

    @Message("Placements")
    String col_placements();

    @Message("Software")
    String sector_software();

    @Message("Hardware")
    String sector_hardware();

    @Message("Clean technology")
    String sector_cleantech();

    @Message("Life sciences")
    String sector_life_sciences();

    @Message("Financial technology")
    String sector_fintech();

    @Message("Agri-food")
    String sector_agrifood();

    @Message("Advanced manufacturing")
    String sector_advanced_manufacturing();

    @Message("Media")
    String sector_media();

    @Message("Education")
    String sector_education();

    @Message("Social impact")
    String sector_social_impact();

    @Message("Other")
    String sector_other();

    @Message("No sector given")
    String sector_none();
}
