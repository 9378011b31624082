package io.triad.calendar;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The deadlines page and the calendar's event titles; French in messages/cal_fr.properties (kept in sync). */
@MessageBundle(value = "cal", locale = "en")
interface CalendarMessages {
    @Message("Deadlines")
    String title();

    @Message("The dates that matter to you, soonest first: program deadlines, invitations to answer, placements that "
            + "start.")
    String lead();

    @Message("Nothing coming up.")
    String none();

    @Message("Date")
    String date();

    @Message("What")
    String what();

    @Message("Add to calendar")
    String add_title();

    @Message("Subscribe to this address in your calendar app: it follows these deadlines as they change. Keep it "
            + "secret; anyone with it can read them.")
    String add_lead();

    @Message("Add to calendar")
    String add_link();

    @Message("Calendar address")
    String address();

    @Message("Create a calendar address")
    String create();

    @Message("Replace the address")
    String renew();

    @Message("Revoke the address")
    String revoke();

    @Message("{#when kind}{#is 'COMPANY_PROGRAM'}Deadline of {name} ({detail}){#is 'PLACEMENT_PROGRAM'}Deadline of "
            + "{name} for “{detail}”{#is 'INVITATION_EXPIRY'}Last day to answer the invitation to “{name}” ({detail})"
            + "{#is 'PLACEMENT_START'}“{name}” starts ({detail}){#is 'OWN_PROGRAM'}Deadline of your program {name}"
            + "{#else}{name}{/when}")
    String event(String kind, String name, String detail);
}
