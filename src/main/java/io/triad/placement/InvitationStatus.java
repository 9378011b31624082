package io.triad.placement;

/** WORKFLOW.md: {@code INVITED → ACCEPTED | DECLINED | WITHDRAWN | EXPIRED}. */
public enum InvitationStatus { INVITED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED }
