package io.triad.program;

import io.triad.account.OwnedEntity;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "program")
public class ProgramEntity extends OwnedEntity {
    /** Derived from doc by PostgreSQL (V2), like key and name. */
    @Enumerated(EnumType.STRING)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public ProgramStatus status;

    @Enumerated(EnumType.STRING)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public ProgramKind kind;

    @Enumerated(EnumType.STRING)
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public Scope scope;

    @JdbcTypeCode(SqlTypes.JSON)
    public ProgramDoc doc;

    public static Optional<ProgramEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** Stores the document without its owner (owner_id says who owns it); PostgreSQL derives the other columns. */
    public void apply(ProgramDoc newDoc) {
        touch();
        this.doc = newDoc.withOwner(null);
    }
}
