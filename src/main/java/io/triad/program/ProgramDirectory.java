package io.triad.program;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.Regions;
import io.triad.domain.Scope;
import io.triad.indexing.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public program directory: published programs filtered by region, kind, scope and open date;
 * with {@code q}, in full-text relevance order from the search index, else by name.
 */
@ApplicationScoped
public class ProgramDirectory {
    private final ProgramService programs;
    private final SearchIndex textSearch;

    ProgramDirectory(ProgramService programs, SearchIndex textSearch) {
        this.programs = programs;
        this.textSearch = textSearch;
    }

    public record Query(String q, String region, ProgramKind kind, Scope scope, LocalDate openOn) {
    }

    public List<ProgramDoc> search(Query query) {
        if (query.q() == null || query.q().isBlank()) {
            return programs.published().stream().filter(p -> keep(p, query)).toList();
        }
        // only the programs the text matches are read, not every published one: a query names few of them
        List<String> keys = textSearch.keysByRelevance(query.q());
        Map<String, ProgramDoc> byKey = programs.publishedByKeys(keys);
        return keys.stream().map(byKey::get).filter(p -> p != null && keep(p, query)).toList();
    }

    static boolean keep(ProgramDoc p, Query q) {
        return (q.kind() == null || p.kind() == q.kind())
                && (q.scope() == null || p.scope() == q.scope())
                && (q.region() == null || (p.regions() != null && Regions.anyMatches(p.regions(), q.region())))
                && (q.openOn() == null || isOpenOn(p, q.openOn()));
    }

    static boolean isOpenOn(ProgramDoc p, LocalDate day) {
        LocalDate opens = p.intake().opens();
        LocalDate deadline = p.intake().deadline();
        return (opens == null || !opens.isAfter(day)) && (deadline == null || !deadline.isBefore(day));
    }
}
