package io.triad.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.triad.config.TriadConfig;
import io.triad.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions: the cookie holds a random token (256 bits), the database only its SHA-256, so a deleted
 * account or a log-out ends the session everywhere: at once on the instance that made the change, on the others as
 * soon as PostgreSQL's notification arrives (KeptSessions, SessionChanges). A session ends at its absolute expiry
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
    private final KeptSessions kept;
    private final TransactionSynchronizationRegistry transactions;

    SessionService(EntityManager em, TriadConfig config, KeptSessions kept,
            TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.config = config;
        this.kept = kept;
        this.transactions = transactions;
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
     * Who holds a live session: kept in memory (KeptSessions) while the row allows, else read from PostgreSQL, the
     * session, its account and the account's unread-notification count in one query. Its last_seen_at moves forward
     * only when it is over a minute old, so a busy page costs one write a minute rather than one per request; the
     * idle timeout is therefore exact to within a minute. A session is kept no longer than that minute (nor past its
     * expiry or idle end), so the write is made exactly as often as when every request read the row.
     */
    public Optional<Holder> holder(String token) {
        String hash = hash(token);
        Optional<Holder> kept = this.kept.get(hash);
        if (kept.isPresent()) {
            return kept;
        }
        long ticket = this.kept.ticket();
        long started = System.nanoTime();
        return QuarkusTransaction.joiningExisting().call(() -> read(hash)).map(read -> {
            this.kept.keep(ticket, hash, read.holder(), started + (long) (read.keepSeconds() * 1e9));
            return read.holder();
        });
    }

    /** The holder of a session kept in memory, if it is: no database, no blocking (see {@link #holder}). */
    Optional<Holder> kept(String token) {
        return kept.get(hash(token));
    }

    private record Read(Holder holder, double keepSeconds) {
    }

    private Optional<Read> read(String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.email, a.role, "
                + "s.last_seen_at < now() - interval '1 minute', a.language, a.password_hash, a.created_at, "
                // the layout's unread count (notification/InboxCount) in the same round trip: every page shows it
                + "(select count(*) from notification n where n.account_id = a.id and n.read_at is null), "
                // how long the row allows keeping it: its expiry, its idle end and its next last_seen_at write
                + "extract(epoch from least(s.expires_at, seen.at + interval '1 minute', "
                + "seen.at + make_interval(mins => ?2)) - now()) "
                + "from account_session s join account a on a.id = s.account_id "
                + "cross join lateral (select case when s.last_seen_at < now() - interval '1 minute' then now() "
                + "else s.last_seen_at end as at) seen "
                + "where s.token_hash = ?1 and s.expires_at > now() "
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
        return Optional.of(new Read(new Holder(((Number) row[0]).longValue(), (String) row[1],
                Role.valueOf((String) row[2]), (String) row[4], (String) row[5], instant(row[6]),
                ((Number) row[7]).longValue()), ((Number) row[8]).doubleValue()));
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

    /** Ends the session on every instance: here at once, elsewhere when PostgreSQL's notification arrives. */
    @Transactional
    public void close(String token) {
        @SuppressWarnings("unchecked")
        List<Number> accounts = em.createNativeQuery("delete from account_session where token_hash = ?1 "
                + "returning account_id")
                .setParameter(1, hash(token))
                .getResultList();
        accounts.forEach(id -> changed(id.longValue()));
    }

    /**
     * The account's row, one of its sessions or its unread count changes in the current transaction: this instance
     * forgets the account's kept sessions once the transaction ends, before its answer is sent (a request that read
     * the old row meanwhile keeps nothing: see KeptSessions); the other instances forget them when PostgreSQL tells
     * them of the commit (V10's triggers). One forget per transaction, however many accounts it changed.
     */
    public void changed(long account) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            kept.forget(Set.of(account));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> accounts = (Set<Long>) transactions.getResource(KeptSessions.class);
        if (accounts == null) {
            Set<Long> changed = ConcurrentHashMap.newKeySet();
            transactions.putResource(KeptSessions.class, changed);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    kept.forget(changed);
                }
            });
            accounts = changed;
        }
        accounts.add(account);
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
