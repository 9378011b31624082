package io.triad.placement;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the workflow's pages: invitations, placements, applications and a program's queue and uptake.
 * French in messages/work_fr.properties (kept in sync by MessageBundlesInSyncTest).
 */
@MessageBundle(value = "work", locale = "en")
interface WorkflowMessages {
    @Message("Invitations")
    String invitations_title();

    @Message("The invitations you sent: each one's status, and the placement it became.")
    String invitations_lead_startup();

    @Message("The invitations startups sent you: accept one to start a placement, or decline it.")
    String invitations_lead_student();

    @Message("No invitations here yet.")
    String invitations_none();

    @Message("Pipeline")
    String pipeline();

    @Message("Pipeline by opening")
    String pipeline_by_opening();

    @Message("Opening")
    String opening();

    @Message("All openings")
    String all_openings();

    @Message("Invitations for {title}")
    String invitations_for(String title);

    @Message("The programs that would fund this placement for you:")
    String invitation_funding();

    @Message("Up to {total} in subsidies for the startup, combining the programs that allow it.")
    String invitation_funding_total(String total);

    @Message("No program would fund this placement today: the startup pays the full wages.")
    String invitation_funding_none();

    @Message("All")
    String filter_all();

    @Message("{#when v}{#is 'INVITED'}Invited{#is 'ACCEPTED'}Accepted{#is 'DECLINED'}Declined{#is 'WITHDRAWN'}Withdrawn"
            + "{#is 'EXPIRED'}Expired{#is 'ACTIVE'}Active{#is 'CANCELLED'}Cancelled{#is 'PENDING'}Pending"
            + "{#is 'APPROVED'}Approved{#is 'WAITLISTED'}Waitlisted{#is 'REFUSED'}Refused{#else}{v}{/when}")
    String status(String v);

    @Message("{#when v}{#is 'STARTUP'}the startup{#is 'STUDENT'}the student{#is 'PROGRAM_ADMIN'}the program administrator"
            + "{#is 'OPERATOR'}an operator{#is 'SYSTEM'}Triad{#else}{v}{/when}")
    String by(String v);

    @Message("{opening} at {startup}")
    String opening_at(String opening, String startup);

    @Message("Student")
    String student();

    @Message("Sent on {date}; answer by {expires}")
    String sent_on(String date, String expires);

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Withdraw")
    String withdraw();

    @Message("See the placement")
    String see_placement();

    @Message("Invite")
    String invite();

    @Message("See the pipeline")
    String standing_see();

    @Message("Invited: see your invitations.")
    String invited();

    @Message("Placements")
    String placements_title();

    @Message("Your placements, with their applications for funding and what they cost.")
    String placements_lead();

    @Message("No placements yet.")
    String placements_none();

    @Message("Placement: {opening}")
    String placement_title(String opening);

    @Message("Starts {date} · {weeks} weeks · {hours} h a week · {wage} an hour")
    String terms(String date, int weeks, String hours, String wage);

    @Message("Money")
    String money();

    @Message("Gross wages")
    String wages();

    @Message("Subsidies approved")
    String subsidies();

    @Message("Subsidies pending")
    String subsidies_pending();

    @Message("Net cost")
    String net_cost();

    @Message("Applications for funding")
    String applications();

    @Message("No applications yet.")
    String applications_none();

    @Message("Program")
    String program();

    @Message("Status")
    String col_status();

    @Message("Amount")
    String amount();

    @Message("expected")
    String expected();

    @Message("position {n} on the waitlist")
    String position(Long n);

    @Message("Reason: {reason}")
    String reason(String reason);

    @Message("Verdict when applying")
    String verdict();

    @Message("passed")
    String passed();

    @Message("failed")
    String failed();

    @Message("Apply for funding")
    String apply_title();

    @Message("Programs this placement is eligible for today, with the amount they would pay. Applying records the verdict.")
    String apply_lead();

    @Message("Apply to {name}")
    String apply(String name);

    @Message("No other program funds this placement today.")
    String apply_none();

    @Message("Cancel the placement")
    String cancel();

    @Message("Cancelling withdraws its applications; it is possible only before the start date.")
    String cancel_hint();

    @Message("History")
    String history();

    @Message("{date}: {by}, {from} → {to}")
    String history_line(String date, String by, String from, String to);

    @Message("created")
    String created();

    @Message("Applications: {name}")
    String queue_title(String name);

    @Message("Oldest first. Approving waitlists an application when the program is full or its budget is spent.")
    String queue_lead();

    @Message("Filter by status")
    String queue_filter();

    @Message("Show")
    String show();

    @Message("Approve")
    String approve();

    @Message("Refuse")
    String refuse();

    @Message("Reason for refusing (the startup reads it)")
    String refuse_reason();

    @Message("Uptake")
    String uptake();

    @Message("Capacity")
    String capacity();

    @Message("unlimited")
    String unlimited();

    @Message("Approved")
    String approved();

    @Message("Pending")
    String pending();

    @Message("Waitlisted")
    String waitlisted();

    @Message("Places left")
    String places_left();

    @Message("Budget")
    String budget();

    @Message("Committed")
    String committed();

    @Message("Remaining")
    String remaining();

    @Message("Places used: {used} of {capacity}")
    String chart_places(String used, String capacity);

    @Message("Budget committed: {used} of {budget}")
    String chart_budget(String used, String budget);

    @Message("Applications")
    String queue_link();

    @Message("Applied on {date}")
    String applied_on(String date);

    @Message("Placement of {student} at {opening}")
    String placement_of(String student, String opening);

    @Message("anonymous")
    String anonymous();
}
