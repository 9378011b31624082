package io.triad.indexing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Writes the transactional outbox: called inside the transaction that changes an entity, so the
 * change and its log row commit or roll back together.
 */
@ApplicationScoped
public class ChangeLog {
    public enum Entity { PROGRAM, STARTUP, STUDENT }

    private final EntityManager em;

    ChangeLog(EntityManager em) {
        this.em = em;
    }

    public void changed(Entity entity, String key) {
        em.createNativeQuery("insert into change_log (entity, key) values (?1, ?2)")
                .setParameter(1, entity.name())
                .setParameter(2, key)
                .executeUpdate();
    }
}
