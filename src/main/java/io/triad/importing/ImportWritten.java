package io.triad.importing;

import java.util.Map;

/**
 * Fired synchronously in an import's transaction once its rows are written and before it commits: a feature whose
 * data hangs on programs and openings may refuse the import (throwing {@code InvalidInput} rolls it all back) or
 * follow it. {@code programs}: each imported program's key with its path in the document ({@code programs[3]});
 * {@code openings}: each imported opening's key with its path ({@code startups[0].openings[1]}); {@code startups}
 * likewise.
 */
public record ImportWritten(Map<String, String> programs, Map<String, String> startups, Map<String, String> openings) {
}
