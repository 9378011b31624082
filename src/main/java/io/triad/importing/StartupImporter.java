package io.triad.importing;

import io.triad.domain.validation.InvalidInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.triad.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Applies TRIAD_IMPORT files at start-up, each once per content: a restart does not undo edits made
 * since, but a changed file is applied again.
 */
@ApplicationScoped
public class StartupImporter {
    private final ImportService imports;
    private final ObjectMapper mapper;
    private final EntityManager em;

    StartupImporter(ImportService imports, ObjectMapper mapper, EntityManager em) {
        this.imports = imports;
        this.mapper = mapper;
        this.em = em;
    }

    public void importAll(List<String> sources, Account defaultProgramOwner) {
        for (String source : sources) {
            importOne(source.trim(), defaultProgramOwner);
        }
    }

    /**
     * One file in one transaction. Instances that start together take turns (a transaction-scoped advisory lock):
     * the second then finds the file applied instead of racing the first's rows, which its import would refuse
     * (409: they changed since its checks) and stop the start.
     */
    // a start-up file may hold far more than the API's 20 MB (100k students take a minute on a busy 2-core machine):
    // the default 60 s transaction timeout would stop the start
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    void importOne(String source, Account defaultProgramOwner) {
        byte[] bytes = read(source);
        String sha = sha256(bytes);
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext('triad.startup-import'))) locked")
                .getSingleResult();
        boolean applied = !em.createNativeQuery("select 1 from applied_import where source = ?1 and sha256 = ?2")
                .setParameter(1, source).setParameter(2, sha).getResultList().isEmpty();
        if (applied) {
            Log.debugf("%s already imported", source);
            return;
        }
        try {
            JsonNode doc = mapper.readTree(bytes);
            ImportService.Counts counts = imports.importDocument(doc, new ImportService.Importer(null, defaultProgramOwner));
            em.createNativeQuery("insert into applied_import (source, sha256) values (?1, ?2) "
                    + "on conflict (source) do update set sha256 = excluded.sha256, applied_at = now()")
                    .setParameter(1, source).setParameter(2, sha).executeUpdate();
            Log.infof("Imported %s: %s", source, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("Start-up import " + source + " is not valid JSON", e);
        } catch (InvalidInput e) {
            throw new IllegalStateException("Start-up import " + source + " was rejected: "
                    + e.violations().stream().map(v -> v.field() + " " + v.english()).toList(), e);
        } catch (io.triad.web.ProblemException e) {
            throw new IllegalStateException("Start-up import " + source + " was rejected: " + e.getMessage(), e);
        }
    }

    private static byte[] read(String source) {
        try {
            if (source.startsWith("classpath:")) {
                String name = source.substring("classpath:".length());
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("Start-up import " + source + " not found");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read start-up import " + source, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
