package io.triad.program.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the program dashboards: figures, notices, charts and their tables.
 * French in messages/dash_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "dash", locale = "en")
interface DashboardMessages {
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

    @Message("Applications to review")
    String dashboard_applications_link();

    @Message("Import programs")
    String import_link();

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

    @Message("fewer than 5")
    String fewer_than_five();

    @Message(" Groups of fewer than 5 are not shown, so that no one can be singled out.")
    String chart_note_small();

    @Message("No amount to show: the funding terms give no amount for these placements.")
    String chart_no_amounts();

    @Message("Other ({count})")
    String chart_other(String count);

    @Message("Bar chart of {#if count == '1'}1 category{#else}{count} categories{/if}; the largest is {top} with {topValue}.")
    String chart_desc_ranked(String count, String top, String topValue);

    @Message("Histogram of {#if count == '1'}1 amount{#else}{count} amounts{/if}, from {min} to {max}. Each bar counts the amounts from its lower bound up to, but not including, its upper bound.")
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
