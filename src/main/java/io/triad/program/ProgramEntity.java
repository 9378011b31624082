package io.triad.program;

import io.triad.account.Account;
import io.triad.account.OwnedEntity;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
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
        this.doc = stored(newDoc);
    }

    /** The document as the doc column holds it. */
    public static ProgramDoc stored(ProgramDoc doc) {
        return doc.withOwner(null);
    }

    /**
     * Whether the caller may know the program exists: anyone a published one, its administrator and operators the
     * others (API.md: another owner's draft or closed program is 404, never 403).
     */
    public boolean visibleTo(Optional<Account> caller) {
        return status == ProgramStatus.PUBLISHED
                || caller.map(c -> c.role == Role.OPERATOR || (owner != null && owner.id.equals(c.id))).orElse(false);
    }
}
