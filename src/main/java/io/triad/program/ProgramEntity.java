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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "program")
public class ProgramEntity extends OwnedEntity {
    @Enumerated(EnumType.STRING)
    public ProgramStatus status;

    @Enumerated(EnumType.STRING)
    public ProgramKind kind;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    @JdbcTypeCode(SqlTypes.JSON)
    public ProgramDoc doc;

    public static Optional<ProgramEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** Keeps the searchable columns in step with the document. */
    public void apply(ProgramDoc newDoc) {
        ProgramDoc stored = newDoc.withOwner(null);
        touch(stored.key(), stored.name());
        this.doc = stored;
        this.status = stored.status();
        this.kind = stored.kind();
        this.scope = stored.scope();
    }
}
