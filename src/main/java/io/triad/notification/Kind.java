package io.triad.notification;

/**
 * What a notification tells, and how it reaches its reader by mail unless the reader chose otherwise: answers to
 * one's own actions and decisions about one's money come at once; what Triad found for someone (new programs,
 * reminders, alerts) waits for the daily digest, so that nobody is flooded.
 */
public enum Kind {
    INVITATION_RECEIVED(Mode.IMMEDIATE),
    INVITATION_WITHDRAWN(Mode.IMMEDIATE),
    INVITATION_EXPIRED(Mode.DIGEST),
    INVITATION_ACCEPTED(Mode.IMMEDIATE),
    INVITATION_DECLINED(Mode.IMMEDIATE),
    PLACEMENT_CANCELLED(Mode.IMMEDIATE),
    APPLICATION_RECEIVED(Mode.IMMEDIATE),
    APPLICATION_APPROVED(Mode.IMMEDIATE),
    APPLICATION_WAITLISTED(Mode.IMMEDIATE),
    APPLICATION_REFUSED(Mode.IMMEDIATE),
    APPLICATION_PENDING(Mode.IMMEDIATE),
    APPLICATION_RELEASED(Mode.DIGEST),
    APPLICATION_WITHDRAWN(Mode.DIGEST),
    PROGRAM_NEW(Mode.DIGEST),
    DEADLINE_SOON(Mode.DIGEST),
    ALERT_MATCH(Mode.DIGEST);

    /** How a kind reaches its reader by mail. */
    public enum Mode {
        IMMEDIATE, DIGEST, NEVER
    }

    private final Mode defaultMode;

    Kind(Mode defaultMode) {
        this.defaultMode = defaultMode;
    }

    Mode defaultMode() {
        return defaultMode;
    }
}
