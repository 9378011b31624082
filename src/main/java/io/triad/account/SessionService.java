package io.triad.account;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
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
 * Server-side sessions: the cookie holds a random token (256 bits), the database only its SHA-256, so a deleted
 * account or a log-out ends the session everywhere at once. A session ends at its absolute expiry
 * (TRIAD_SESSION_HOURS) or after TRIAD_SESSION_IDLE_MINUTES without a request, whichever comes first (ASVS 5.0
 * V7.3.1, V7.3.2), checked on every request; the hourly purge deletes both kinds (V7.4.1).
 */
@ApplicationScoped
public class SessionService {
    /** The cookie's name over plain HTTP; over HTTPS it is {@code __Host-triad_session} (web/Cookies). */
    public static final String COOKIE = io.triad.web.Cookies.SESSION;
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

    /**
     * Who a live session belongs to: the account's row, read with the session in one query, so that the request's
     * {@link CurrentAccount} needs no second round trip.
     */
    public record Holder(long id, String email, Role role, String language, String passwordHash, Instant createdAt,
            Long unreadNotifications) {
        static Holder of(Account account) {
            return new Holder(account.id, account.email, account.role, account.language, account.passwordHash,
                    account.createdAt, null);
        }

        /** A fresh, detached account with the row's values (each request gets its own instance). */
        Account account() {
            Account account = new Account();
            account.id = id;
            account.email = email;
            account.role = role;
            account.language = language;
            account.passwordHash = passwordHash;
            account.createdAt = createdAt;
            return account;
        }
    }

    /** The account of a live session (see {@link #holder}). */
    @Transactional
    public Optional<Account> account(String token) {
        return holder(token).map(h -> Account.findById(h.id()));
    }

    /**
     * Who holds a live session, the session, its account and the account's unread-notification count read in one
     * query: every signed-in request asks, so one round trip rather than three. Its last_seen_at moves forward only when it is over a minute old, so a busy page
     * costs one write a minute rather than one per request; the idle timeout is therefore exact to within a minute.
     */
    @Transactional
    public Optional<Holder> holder(String token) {
        String hash = hash(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.email, a.role, "
                + "s.last_seen_at < now() - interval '1 minute', a.language, a.password_hash, a.created_at, "
                // the layout's unread count (notification/InboxCount) in the same round trip: every page shows it
                + "(select count(*) from notification n where n.account_id = a.id and n.read_at is null) "
                + "from account_session s "
                + "join account a on a.id = s.account_id where s.token_hash = ?1 and s.expires_at > now() "
                + "and s.last_seen_at > now() - make_interval(mins => ?2)")
                .setParameter(1, hash)
                .setParameter(2, config.sessionIdleMinutes())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (Boolean.TRUE.equals(row[3])) {
            em.createNativeQuery("update account_session set last_seen_at = now() where token_hash = ?1")
                    .setParameter(1, hash).executeUpdate();
        }
        return Optional.of(new Holder(((Number) row[0]).longValue(), (String) row[1], Role.valueOf((String) row[2]),
                (String) row[4], (String) row[5], instant(row[6]), ((Number) row[7]).longValue()));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    @Transactional
    public void close(String token) {
        em.createNativeQuery("delete from account_session where token_hash = ?1")
                .setParameter(1, hash(token))
                .executeUpdate();
    }

    /** Expired or idle sessions no longer log anyone in; the job deletes them so the table holds live ones only. */
    @Scheduled(identity = PURGE_JOB, every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int purged = em.createNativeQuery("delete from account_session where expires_at <= now() "
                + "or last_seen_at <= now() - make_interval(mins => ?1)")
                .setParameter(1, config.sessionIdleMinutes()).executeUpdate();
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
