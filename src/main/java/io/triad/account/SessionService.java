package io.triad.account;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions: the cookie holds a random token, the database only its SHA-256, so a deleted
 * account or a log-out ends the session everywhere at once.
 */
@ApplicationScoped
public class SessionService {
    public static final String COOKIE = "triad_session";
    static final String PURGE_JOB = "purge-expired-sessions";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final TriadConfig config;

    SessionService(EntityManager em, TriadConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public String open(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into account_session (token_hash, account_id, expires_at) values (?1, ?2, ?3)")
                .setParameter(1, hash(token))
                .setParameter(2, account.id)
                .setParameter(3, Timestamp.from(Instant.now().plus(config.sessionHours(), ChronoUnit.HOURS)))
                .executeUpdate();
        return token;
    }

    @Transactional
    public Optional<Account> account(String token) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                "select account_id from account_session where token_hash = ?1 and expires_at > now()")
                .setParameter(1, hash(token))
                .getResultList();
        return ids.stream().findFirst().map(id -> Account.findById(id.longValue()));
    }

    @Transactional
    public void close(String token) {
        em.createNativeQuery("delete from account_session where token_hash = ?1")
                .setParameter(1, hash(token))
                .executeUpdate();
    }

    /** Expired sessions no longer log anyone in; the job deletes them so the table holds live ones only. */
    @Scheduled(identity = PURGE_JOB, every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int purged = em.createNativeQuery("delete from account_session where expires_at <= now()").executeUpdate();
        if (purged > 0) {
            Log.infof("Purged %d expired sessions", purged);
        }
    }

    public int maxAgeSeconds() {
        return config.sessionHours() * 3600;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
