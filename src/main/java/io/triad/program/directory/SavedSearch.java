package io.triad.program.directory;

import io.triad.program.ProgramDirectory;
import io.triad.program.ProgramWording;
import io.triad.web.RegionNames;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The directory's "save this search" form (posted to the saved alerts): the search as the directory read it, so that
 * the alert finds what the page shows ("Ontario" typed as the search is the region CA-ON), and a name to start from.
 */
record SavedSearch(String q, String region, String kind, String scope, String name) {
    private static final int NAME = 200;

    static SavedSearch of(ProgramDirectory.Query query, ProgramWording w, Locale locale) {
        String region = query.region() == null ? "" : query.region();
        String name = Stream.of(query.q(), region.isEmpty() ? null : RegionNames.name(region, locale),
                query.kind() == null ? null : w.label(query.kind()), query.scope() == null ? null : w.label(query.scope()))
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" · "));
        name = name.isEmpty() ? w.m().dir_save_all() : name;
        return new SavedSearch(query.q() == null ? "" : query.q(), region,
                query.kind() == null ? "" : query.kind().name(), query.scope() == null ? "" : query.scope().name(),
                name.length() > NAME ? name.substring(0, NAME) : name);
    }
}
