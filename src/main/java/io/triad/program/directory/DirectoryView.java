package io.triad.program.directory;

import io.triad.program.ProgramCard;
import io.triad.program.ProgramChoice;
import io.triad.program.ProgramFieldError;
import io.triad.program.ProgramWording;

import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.Scope;
import io.triad.web.ListPage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the directory page shows: the filters as typed, their errors, one page of results and the pager. */
record DirectoryView(DirectoryFilters filters, List<ProgramChoice> kinds, List<ProgramChoice> scopes, List<ProgramCard> cards,
        long total, int page, int pages, String previous, String next, Map<String, String> errors) {

    static DirectoryView of(DirectoryFilters filters, int page, int size, ListPage<ProgramDoc> shown,
            Map<String, String> errors, ProgramWording w, String lang, java.time.LocalDate today) {
        int pages = (int) Math.max(1, (shown.total() + size - 1) / Math.max(size, 1));
        boolean ok = errors.isEmpty();
        return new DirectoryView(filters, ProgramChoice.of(ProgramKind.class, Set.of(filters.kind()), w),
                ProgramChoice.of(Scope.class, Set.of(filters.scope()), w),
                shown.items().stream().map(p -> ProgramCard.of(p, w, lang, today)).toList(), shown.total(), page, pages,
                ok && page > 1 ? filters.link(Math.min(page - 1, pages)) : null,
                ok && page < pages ? filters.link(page + 1) : null, errors);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The error summary, in the order of the form. */
    public List<ProgramFieldError> summary() {
        return errors.entrySet().stream()
                .map(e -> new ProgramFieldError(e.getKey().equals("page") ? null : e.getKey(), e.getValue())).toList();
    }

    /** aria-describedby of a filter: its hint (when it has one) and its error. */
    public String describedBy(String field, boolean hint) {
        String ids = (hint ? field + "-hint " : "") + (errors.containsKey(field) ? field + "-error" : "");
        return ids.trim();
    }
}
