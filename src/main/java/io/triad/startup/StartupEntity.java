package io.triad.startup;

import io.triad.account.OwnedEntity;
import io.triad.domain.StartupDoc;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A startup; its document is stored without openings, which live in {@link OpeningEntity}. */
@Entity
@Table(name = "startup")
public class StartupEntity extends OwnedEntity {
    @JdbcTypeCode(SqlTypes.JSON)
    public StartupDoc doc;

    public static Optional<StartupEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public void apply(StartupDoc newDoc) {
        touch();
        this.doc = stored(newDoc);
    }

    /** The document as the doc column holds it: without owner (owner_id says) and openings (their own rows). */
    public static StartupDoc stored(StartupDoc doc) {
        return doc.withOwner(null).withOpenings(List.of());
    }
}
