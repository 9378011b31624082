package io.triad.importing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the import pages: programs imported by their administrators (JSON or CSV) and the operator's
 * background imports of whole documents. French in messages/imp_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "imp", locale = "en")
interface ImportMessages {
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

    @Message("One of these program keys is not available to this account; nothing was imported.")
    String import_error_not_found();

    @Message("Another change to these programs came first; nothing was imported. Upload the file again.")
    String import_error_conflict();

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
}
