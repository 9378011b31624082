package io.triad.placement;

/** WORKFLOW.md: a placement is {@code ACTIVE} until either party cancels it before its start date. */
public enum PlacementStatus { ACTIVE, CANCELLED }
