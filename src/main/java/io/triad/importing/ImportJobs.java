package io.triad.importing;

import io.triad.domain.validation.InvalidInput;

import io.triad.domain.validation.Violation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.triad.account.Account;
import io.triad.importing.ImportService.Counts;
import io.triad.importing.ImportService.Importer;
import io.triad.importing.ImportWriter.Plan;
import io.triad.web.LogSafe;
import io.triad.web.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Operator imports of whole documents, run one at a time in the background so a large file does not hold a request:
 * the upload is kept in a temporary file (sealed: {@link SealedFile}), read, validated with its owners resolved,
 * then written in one short transaction (see {@link ImportService}). Progress is the phase only. Jobs and their progress live in PostgreSQL ({@link JobStore}, the
 * last {@value #KEPT} finished ones), so every replica shows them; the replica that took the upload runs the job.
 */
@ApplicationScoped
class ImportJobs {
    static final int KEPT = 20;
    static final int SHOWN_VIOLATIONS = 200;

    enum Phase { QUEUED, READING, VALIDATING, IMPORTING, DONE, FAILED }

    /** What the job page shows; {@code violations} holds the first {@value #SHOWN_VIOLATIONS} of {@code violationCount}. */
    record Job(String id, String fileName, long bytes, String startedBy, Instant created, Phase phase, Instant updated,
            Counts counts, List<Violation> violations, int violationCount, Failure failure, Phase failedAt) {

        public boolean finished() {
            return phase == Phase.DONE || phase == Phase.FAILED;
        }

        /**
         * For the list of steps: {@code passed}, {@code current}, {@code todo}, or {@code stopped} for the step where
         * a failed job stopped (FAILED itself is shown as the last step, DONE's place).
         */
        public String step(String name) {
            int step = Phase.valueOf(name).ordinal();
            if (phase == Phase.FAILED) {
                int stopped = failedAt.ordinal();
                return step == Phase.DONE.ordinal() ? "current" : step < stopped ? "passed" : step == stopped ? "stopped" : "todo";
            }
            return step == phase.ordinal() ? "current" : step < phase.ordinal() ? "passed" : "todo";
        }

        public long seconds() {
            return Duration.between(created, finished() ? updated : Instant.now()).toSeconds();
        }

        Job at(Phase next) {
            return new Job(id, fileName, bytes, startedBy, created, next, Instant.now(), counts, violations,
                    violationCount, failure, null);
        }

        Job done(Counts result) {
            return new Job(id, fileName, bytes, startedBy, created, Phase.DONE, Instant.now(), result, List.of(), 0, null,
                    null);
        }

        Job failed(List<Violation> all, Failure why) {
            List<Violation> shown = List.copyOf(all.subList(0, Math.min(all.size(), SHOWN_VIOLATIONS)));
            return new Job(id, fileName, bytes, startedBy, created, Phase.FAILED, Instant.now(), null, shown,
                    all.size(), why, phase);
        }
    }

    /**
     * Why a job failed when it is not a list of violations: {@code kind} is {@code json} (with the place),
     * {@code rejected} (with the problem's detail), {@code empty}, {@code busy} (too many queued) or {@code unexpected}.
     */
    record Failure(String kind, long line, long column, String detail) {
        static Failure of(String kind, String detail) {
            return new Failure(kind, 0, 0, detail);
        }
    }

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(1).maxQueued(KEPT)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    private final ImportService imports;
    private final ObjectMapper json;
    private final JobStore store;

    ImportJobs(ImportService imports, ObjectMapper json, JobStore store) {
        this.imports = imports;
        this.json = json;
        this.store = store;
    }

    /** Queues the import of {@code upload}, which the job owns from now on (and deletes when done). */
    Job start(Path upload, String fileName, long bytes, Account by) {
        Job job = new Job(UUID.randomUUID().toString(), fileName, bytes, by.email, Instant.now(), Phase.QUEUED,
                Instant.now(), null, List.of(), 0, null, null);
        store.insert(job, by.id, KEPT);
        try {
            executor.runAsync(() -> run(job.id(), upload, by));
        } catch (RuntimeException e) {
            Log.warnf("Import %s was not queued: %s", job.id(), LogSafe.describe(e));
            delete(upload);
            store.update(get(job.id()).orElse(job).failed(List.of(), Failure.of("busy", "")));
        }
        return job;
    }

    Optional<Job> get(String id) {
        return store.get(id);
    }

    /** The jobs kept, newest first. */
    List<Job> recent() {
        return store.recent(KEPT);
    }

    private void run(String id, Path upload, Account by) {
        try {
            update(id, Phase.READING);
            JsonNode document = read(upload);
            if (document == null) {
                finish(id, job -> job.failed(List.of(), Failure.of("empty", "")));
                return;
            }
            update(id, Phase.VALIDATING);
            Plan plan = imports.prepare(document, new Importer(by, null));
            update(id, Phase.IMPORTING);
            Counts counts = imports.write(plan);
            finish(id, job -> job.done(counts));
            Log.infof("Import %s by account %s: %s", id, by.id, counts);
        } catch (InvalidInput e) {
            finish(id, job -> job.failed(e.violations(), null));
        } catch (ProblemException e) {
            finish(id, job -> job.failed(List.of(), Failure.of("rejected", e.getMessage())));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            Failure why = new Failure("json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage());
            finish(id, job -> job.failed(List.of(), why));
        } catch (IOException | RuntimeException e) {
            Log.errorf(LogSafe.of(e), "Import %s failed", id);
            finish(id, job -> job.failed(List.of(), Failure.of("unexpected", "")));
        } finally {
            delete(upload);
        }
    }

    /** The document, read from the file as JSON, gunzipped first when it is gzip-compressed; null when empty. */
    private JsonNode read(Path upload) throws IOException {
        try (InputStream raw = new BufferedInputStream(SealedFile.open(upload))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                JsonNode document = json.readTree(in);
                return document == null || document.isMissingNode() ? null : document;
            }
        }
    }

    private void update(String id, Phase phase) {
        finish(id, job -> job.at(phase));
    }

    private void finish(String id, java.util.function.UnaryOperator<Job> change) {
        store.get(id).ifPresent(job -> store.update(change.apply(job)));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("Could not delete %s: %s", file, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
