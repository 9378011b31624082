package io.triad.placement;

import io.triad.web.Params;

/** The list parameters of WORKFLOW.md besides API.md's {@code limit}: {@code page}, from 0. */
final class Lists {
    private static final int LAST_PAGE = 1_000_000;

    private Lists() {
    }

    static int page(String raw) {
        return Params.integer(raw, "page", 0, 0, LAST_PAGE);
    }
}
