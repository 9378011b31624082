package io.triad.startup;

import io.triad.domain.OpeningDoc;
import java.util.List;

/**
 * Fired synchronously inside the transaction that saves or deletes an existing startup, before anything is written:
 * its openings are about to become exactly {@code openings} (none when the startup goes), so the others go. The
 * placement workflow refuses fewer positions than active placements and ends what removed openings held.
 */
public record OpeningsChanging(long startupId, List<OpeningDoc> openings) {
}
