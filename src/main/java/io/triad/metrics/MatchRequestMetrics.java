package io.triad.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code triad_match_requests_seconds{endpoint}}: how long match requests take, by endpoint (the path template, e.g.
 * {@code /api/openings/{key}/matches}, never the request's own path: no keys in the metrics), JSON and pages alike,
 * refusals included.
 */
@ApplicationScoped
class MatchRequestMetrics {
    static final String NAME = "triad.match.requests";
    private static final String STARTED = MatchRequestMetrics.class.getName() + ".started";
    private final MeterRegistry registry;
    private final Map<Method, Timer> timers = new ConcurrentHashMap<>();

    MatchRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerRequestFilter
    void start(ContainerRequestContext request, ResourceInfo resource) {
        if (isMatch(resource.getResourceMethod())) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @ServerResponseFilter
    void stop(ContainerRequestContext request, ResourceInfo resource) {
        Object started = request.getProperty(STARTED);
        Method method = resource.getResourceMethod();
        if (started instanceof Long nanos && method != null) {
            timers.computeIfAbsent(method, m -> Timer.builder(NAME).tag("endpoint", template(resource))
                    .description("Match requests, by endpoint").register(registry))
                    .record(System.nanoTime() - nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private static boolean isMatch(Method method) {
        Path path = method == null ? null : method.getAnnotation(Path.class);
        return path != null && path.value().endsWith("matches");
    }

    private static String template(ResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        String base = type == null ? "" : type.value();
        String own = resource.getResourceMethod().getAnnotation(Path.class).value();
        return ("/" + base + "/" + own).replaceAll("/+", "/");
    }
}
