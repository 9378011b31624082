package io.triad.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triad.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;

/**
 * The rows of programs, startups and students as a create-or-replace must take them: the existing row locked until
 * the transaction ends ({@code select … for update}), or a new row inserted only if nobody holds the key
 * ({@code insert … on conflict (key) do nothing}). So ownership is checked against the row that is then written, and
 * of two accounts racing to create one key the second waits for the first and then finds the first's row: it can
 * never take a row over, whatever the timing.
 */
@ApplicationScoped
public class OwnedRows {
    /**
     * How long a write waits for a row another transaction holds; past it PostgreSQL gives up (lock_not_available),
     * answered 409: a client retries then, rather than holding a connection while a long import runs.
     */
    static final String LOCK_TIMEOUT = "10s";
    /** A row deleted between the insert that found its key taken and the lock that looked for it: try again. */
    private static final int ATTEMPTS = 3;

    private final EntityManager em;
    private final ObjectMapper json;

    OwnedRows(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** What a create inserts: the document as the entity stores it, and its first owner (null: operator-managed). */
    public record NewRow(Object storedDoc, Account owner) {
    }

    /**
     * The row of {@code key}, held for this transaction: the existing one locked, else a new one inserted from
     * {@code create} (called only then, after nobody held the key: its checks, such as one profile per student
     * account, may throw). A key taken by a transaction that commits first is then found existing.
     */
    @Transactional(TxType.MANDATORY)
    public <E extends OwnedEntity> Upsert<E> claim(Class<E> type, String key, Supplier<NewRow> create) {
        boundLockWaits();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<E> existing = lock(type, key);
            if (existing.isPresent()) {
                return Upsert.replacing(existing.get());
            }
            Optional<E> created = insertIfAbsent(type, create.get());
            if (created.isPresent()) {
                return Upsert.creating(created.get());
            }
        }
        throw ProblemException.conflict("Another request is changing '" + key + "'; try again");
    }

    /** The row of {@code key} locked until this transaction ends, if there is one. */
    @Transactional(TxType.MANDATORY)
    public <E extends OwnedEntity> Optional<E> lock(Class<E> type, String key) {
        boundLockWaits();
        List<E> found = em.createQuery("from " + em.getMetamodel().entity(type).getName() + " where key = :key", type)
                .setParameter("key", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return found.stream().findFirst();
    }

    private <E extends OwnedEntity> Optional<E> insertIfAbsent(Class<E> type, NewRow row) {
        List<?> ids = em.createNativeQuery("insert into " + table(type) + " (owner_id, doc, updated_at) "
                        + "values (cast(?1 as bigint), cast(?2 as jsonb), now()) on conflict (key) do nothing returning id")
                .unwrap(NativeQuery.class)
                .setParameter(1, row.owner() == null ? null : row.owner().id, Long.class)
                .setParameter(2, text(row.storedDoc()), String.class).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(em.find(type, ((Number) ids.get(0)).longValue()));
    }

    /** Waits for locks end with lock_not_available (409) instead of lasting as long as the holder's transaction. */
    private void boundLockWaits() {
        em.createNativeQuery("select set_config('lock_timeout', ?1, true)").setParameter(1, LOCK_TIMEOUT)
                .getSingleResult();
    }

    private static String table(Class<?> type) {
        return type.getAnnotation(Table.class).name();
    }

    private String text(Object doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated document could not be written as JSON", e);
        }
    }
}
