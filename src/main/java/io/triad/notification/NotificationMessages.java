package io.triad.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Notification subjects, the inbox, settings and mail; French in messages/notif_fr.properties (kept in sync). */
@MessageBundle(value = "notif", locale = "en")
interface NotificationMessages {
    @Message("{startup} invites you to “{opening}”")
    String invitation_received(String startup, String opening);

    @Message("{startup} withdrew its invitation to “{opening}”")
    String invitation_withdrawn(String startup, String opening);

    @Message("Your invitation to “{opening}” at {startup} has expired")
    String invitation_expired(String startup, String opening);

    @Message("Your invitation to {student} for “{opening}” expired unanswered")
    String invitation_expired_sent(String student, String opening);

    @Message("{student} accepted your invitation to “{opening}”")
    String invitation_accepted(String student, String opening);

    @Message("{student} declined your invitation to “{opening}”")
    String invitation_declined(String student, String opening);

    @Message("The placement “{opening}” at {startup} was cancelled")
    String placement_cancelled(String startup, String opening);

    @Message("New application to {program}: “{opening}” at {startup}")
    String application_received(String program, String startup, String opening);

    @Message("{program} approved the application for “{opening}”")
    String application_approved(String program, String opening);

    @Message("{program} waitlisted the application for “{opening}” (position {position})")
    String application_waitlisted(String program, String opening, String position);

    @Message("{program} refused the application for “{opening}”: {reason}")
    String application_refused(String program, String opening, String reason);

    @Message("The application to {program} for “{opening}” is pending again")
    String application_pending(String program, String opening);

    @Message("Room was released in {program}: the application for “{opening}” at {startup} is pending again")
    String application_released(String program, String startup, String opening);

    @Message("{startup} withdrew its application to {program} for “{opening}”")
    String application_withdrawn(String program, String startup, String opening);

    @Message("A new program you are eligible for: {program}")
    String program_new(String program);

    @Message("{program}: the deadline is {date}, and you have not applied yet")
    String deadline_soon(String program, String date);

    @Message("Alert “{alert}”: {name}")
    String alert_match(String alert, String name);

    @Message("Notifications")
    String inbox_title();

    @Message("Notifications ({n} unread)")
    String nav_unread(long n);

    @Message("What happened to your invitations, placements, applications and alerts, newest first.")
    String inbox_lead();

    @Message("No notifications here.")
    String inbox_none();

    @Message("All")
    String filter_all();

    @Message("Unread")
    String filter_unread();

    @Message("Unread")
    String unread_tag();

    @Message("Mark as read")
    String mark_read();

    @Message("Mark all as read")
    String mark_all_read();

    @Message("Open")
    String open();

    @Message("Notification settings")
    String settings_title();

    @Message("{#when v}{#is 'INVITATION_RECEIVED'}Invitation received{#is 'INVITATION_WITHDRAWN'}Invitation withdrawn"
            + "{#is 'INVITATION_EXPIRED'}Invitation expired{#is 'INVITATION_ACCEPTED'}Invitation accepted"
            + "{#is 'INVITATION_DECLINED'}Invitation declined{#is 'PLACEMENT_CANCELLED'}Placement cancelled"
            + "{#is 'APPLICATION_RECEIVED'}New application{#is 'APPLICATION_APPROVED'}Application approved"
            + "{#is 'APPLICATION_WAITLISTED'}Application waitlisted{#is 'APPLICATION_REFUSED'}Application refused"
            + "{#is 'APPLICATION_PENDING'}Application pending again{#is 'APPLICATION_RELEASED'}Room released"
            + "{#is 'APPLICATION_WITHDRAWN'}Application withdrawn{#is 'PROGRAM_NEW'}New program"
            + "{#is 'DEADLINE_SOON'}Deadline soon{#is 'ALERT_MATCH'}Saved alert{#else}{v}{/when}")
    String kind(String v);

    @Message("Triad: {n} {#if n == 1}notification{#else}notifications{/if} of the day")
    String digest_subject(int n);

    @Message("Hello,")
    String mail_hello();

    @Message("Here is what happened on Triad since the last digest:")
    String mail_digest_lead();

    @Message("Here is what happened on Triad:")
    String mail_single_lead();

    @Message("Choose what reaches you by mail, and when:")
    String mail_settings();

    @Message("Stop these mails with one click:")
    String mail_unsubscribe();

    @Message("Unsubscribe")
    String unsubscribe_title();

    @Message("Stop receiving this kind of mail from Triad? You can turn it back on in your notification settings.")
    String unsubscribe_lead();

    @Message("Unsubscribe")
    String unsubscribe_button();

    @Message("Done: you will not receive this kind of mail any more.")
    String unsubscribe_done();

    @Message("This unsubscribe link is not valid (any more).")
    String unsubscribe_unknown();

    @Message("Choose the language of your mail, how each kind of news reaches you by mail, and what you never want "
            + "to hear about. Everything stays in your inbox either way, except muted items.")
    String settings_lead();

    @Message("Saved.")
    String settings_saved();

    @Message("Language of your mail")
    String settings_language();

    @Message("Save")
    String settings_save();

    @Message("Mail at once")
    String mode_immediate();

    @Message("In the daily digest")
    String mode_digest();

    @Message("No mail")
    String mode_never();

    @Message("Muted items")
    String mutes_title();

    @Message("Nothing about a muted program, opening, invitation or application reaches you, in the inbox or by mail.")
    String mutes_lead();

    @Message("Nothing is muted.")
    String mutes_none();

    @Message("Unmute")
    String unmute();

    @Message("Mute")
    String mute();

    @Message("{#when v}{#is 'invitation'}Mute this invitation{#is 'application'}Mute this application"
            + "{#is 'opening'}Mute this opening{#is 'program'}Mute this program{#else}Mute this{/when}")
    String mute_item(String v);

    @Message("{#when v}{#is 'invitation'}Invitation{#is 'application'}Application{#is 'opening'}Opening"
            + "{#is 'program'}Program{#else}{v}{/when}")
    String mute_type(String v);

    @Message("{type} “{name}”")
    String mute_named(String type, String name);

    @Message("Item to mute")
    String mute_item_label();

    @Message("program:key or opening:key, for example program:swpp-example")
    String mute_item_hint();

    @Message("Mail kept by Triad")
    String operator_mail_title();

    @Message("Mail is sent only when TRIAD_MAIL_SEND is true; until then it waits here. Newest first (at most 200).")
    String operator_mail_lead();

    @Message("No mail yet.")
    String operator_mail_none();

    @Message("Recipient")
    String operator_mail_to();

    @Message("Queued")
    String operator_mail_queued();

    @Message("Sent")
    String operator_mail_sent();

    @Message("Not sent")
    String operator_mail_pending();

    @Message("Message")
    String operator_mail_body();
}
