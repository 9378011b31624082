package io.triad.indexing;

import io.triad.domain.validation.ViolationCode;
import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.config.TriadConfig;
import io.triad.matching.IndexHome;
import io.triad.matching.MatchEngine;
import io.triad.matching.QuerySyntaxException;
import io.triad.web.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The application's one matching engine, fed by {@link IndexFollower}. */
@ApplicationScoped
public class SearchIndex {
    /** Students unchanged this long before {@link MatchEngine#keepAhead} runs again. */
    private static final Duration KEEP_AHEAD_QUIET = Duration.ofSeconds(2);
    private final MatchEngine engine;
    private final Supplier<LocalDate> today;
    private volatile boolean ready;
    private boolean started;

    @Inject
    SearchIndex(ObjectMapper json, TriadConfig config) {
        this(json, config.index().dir().orElseGet(IndexHome::defaultBase), config::today);
    }

    SearchIndex(ObjectMapper json, Path indexBase, Supplier<LocalDate> today) {
        this.engine = new MatchEngine(json, indexBase);
        this.today = today;
    }

    public MatchEngine engine() {
        if (!ready) {
            throw new ProblemException(503, "Service unavailable", "The search index is being built; try again shortly",
                    java.util.Map.of("Retry-After", "5"));
        }
        return engine;
    }

    MatchEngine engineForIndexing() {
        return engine;
    }

    /** Serves searches from now on. */
    synchronized void markReady() {
        ready = true;
        keepAheadOnceStartedAndReady();
    }

    /**
     * After every start-up observer, the imports and the demo workflow included: keeping ahead before their writes
     * would be stale at once, and nothing would ask for it again until a program's matches do.
     */
    synchronized void started(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        started = true;
        keepAheadOnceStartedAndReady();
    }

    /** From both start-up and readiness on, keeps ahead what a program's matches read ({@link MatchEngine#keepAhead}). */
    private void keepAheadOnceStartedAndReady() {
        if (started && ready) {
            engine.keepAheadWhenQuiet(KEEP_AHEAD_QUIET, today);
        }
    }

    public boolean isReady() {
        return ready;
    }

    /** Keys of programs matching the user's text, best first (ties by key); 400 for text the parser rejects. */
    public List<String> keysByRelevance(String userText) {
        try {
            return engine().searchPrograms(userText);
        } catch (QuerySyntaxException e) {
            throw InvalidInput.of("q", ViolationCode.QUERY_SYNTAX, e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        engine.close();
    }
}
