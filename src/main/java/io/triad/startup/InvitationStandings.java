package io.triad.startup;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where each ranked student stands with an opening's invitations, so the matches page offers "Invite" only where the
 * workflow allows one. The placement workflow, which follows opening changes, implements it.
 */
public interface InvitationStandings {
    /** What the page shows instead of "Invite". */
    enum Standing { INVITED, ACCEPTED, DECLINED }

    /**
     * The startup's owner ({@code null} for none), whether the opening is one of its own, and the standing of each
     * of the students asked for with that opening; a student missing from the map may be invited (never invited, or
     * the last invitation was withdrawn or expired, or its placement was cancelled).
     */
    record Standings(Long owner, boolean opening, Map<String, Standing> of) {
    }

    /**
     * The standings with who may see them, in one round trip (the page asks on every view); empty for an unknown
     * startup.
     */
    Optional<Standings> of(String startup, String opening, Collection<String> students);
}
