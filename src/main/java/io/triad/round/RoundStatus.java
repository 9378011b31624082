package io.triad.round;

/** OPEN while preferences are taken, RUNNING from the operator's run until its results are written, then DONE. */
public enum RoundStatus {
    OPEN, RUNNING, DONE
}
