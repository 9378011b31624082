package io.triad.alert;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The saved alerts page; French in messages/alert_fr.properties (kept in sync by a test). */
@MessageBundle(value = "alert", locale = "en")
interface AlertMessages {
    @Message("Saved alerts")
    String title();

    @Message("Hear of what is new: programs that match a search, students who fit an opening, openings that fit you. "
            + "Each match is told once, in your notifications (and by mail as your settings say).")
    String lead();

    @Message("Alert saved: you will hear of what is new from now on.")
    String saved();

    @Message("No saved alerts yet.")
    String none();

    @Message("{#when v}{#is 'PROGRAMS'}Programs matching a search{#is 'STUDENTS'}Students who fit an opening"
            + "{#is 'OPENINGS'}Openings that fit me{#else}{v}{/when}")
    String kind(String v);

    @Message("Paused")
    String paused();

    @Message("Name of the alert")
    String name();

    @Message("Search text")
    String q();

    @Message("Region (for example CA-ON)")
    String region();

    @Message("Kind of program")
    String program_kind();

    @Message("Scope")
    String scope();

    @Message("Any")
    String any();

    @Message("Opening")
    String opening();

    @Message("Lowest fit score (0 to 1)")
    String min_score();

    @Message("Save changes")
    String save_changes();

    @Message("Pause")
    String pause();

    @Message("Resume")
    String resume();

    @Message("Delete")
    String delete();

    @Message("New programs that match a search")
    String new_programs();

    @Message("Students who fit one of my openings")
    String new_students();

    @Message("You have no openings yet.")
    String no_openings();

    @Message("New openings that fit me")
    String new_openings();

    @Message("Save the alert")
    String save();
}
