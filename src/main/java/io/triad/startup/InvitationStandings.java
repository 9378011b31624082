package io.triad.startup;

import java.util.Collection;
import java.util.Map;

/**
 * Where each ranked student stands with an opening's invitations, so the matches page offers "Invite" only where the
 * workflow allows one. The placement workflow, which follows opening changes, implements it.
 */
public interface InvitationStandings {
    /** What the page shows instead of "Invite". */
    enum Standing { INVITED, ACCEPTED, DECLINED }

    /**
     * The standing of each of {@code students} with the opening; a student missing from the map may be invited
     * (never invited, or the last invitation was withdrawn or expired, or its placement was cancelled).
     */
    Map<String, Standing> of(String opening, Collection<String> students);
}
