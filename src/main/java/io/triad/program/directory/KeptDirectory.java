package io.triad.program.directory;

import io.quarkus.qute.TemplateInstance;
import io.triad.indexing.SearchIndex;
import io.triad.matching.KeptAnswers;
import io.triad.matching.MatchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The directory as nobody signed in sees it, kept rendered until the engine changes: that page is a function of the
 * programs (every change to one moves the engine's generation, and this instance waits for its own writes to reach
 * the engine), the query, the language and the day, and holds nothing of the visitor (its one form is a GET without
 * a token; the pre-session cookie is set by the page filter, outside the page). Another instance's change reaches it
 * when the index follower applies it, as it reaches the text search itself. Large pages are rendered each time, so
 * what is kept stays small: at most {@link #MOST_KEPT} pages of at most {@link #LARGEST_SIZE} programs.
 */
@ApplicationScoped
class KeptDirectory {
    static final int MOST_KEPT = 128;
    static final int LARGEST_SIZE = 100;
    private static final String HTML = "text/html;charset=UTF-8";

    private record Asked(DirectoryFilters filters, boolean byDeadline, String lang, LocalDate today) {
    }

    private record Rendered(int status, String html) {
    }

    private final SearchIndex index;
    private final KeptAnswers<Asked, Rendered> kept = new KeptAnswers<>(MOST_KEPT);

    KeptDirectory(SearchIndex index) {
        this.index = index;
    }

    /** The page {@code render} makes (a template as entity), kept for the engine's generation when it may be. */
    Response page(DirectoryFilters filters, String sort, String lang, LocalDate today, Supplier<Response> render) {
        if (!index.isReady() || !small(filters.size())) {
            return render.get();
        }
        MatchEngine engine = index.engine();
        Rendered page = kept.get(engine::generation, new Asked(filters, "deadline".equals(sort), lang, today),
                () -> rendered(render.get()));
        return Response.status(page.status()).type(HTML).entity(page.html()).build();
    }

    private static Rendered rendered(Response response) {
        return new Rendered(response.getStatus(), ((TemplateInstance) response.getEntity()).render());
    }

    private static boolean small(String size) {
        if (size.isEmpty()) {
            return true;
        }
        try {
            return Integer.parseInt(size) <= LARGEST_SIZE;
        } catch (NumberFormatException e) {
            return true; // answered 400 with the default page size
        }
    }
}
