package io.triad.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramKind;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "program")
public class ProgramEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    @Enumerated(EnumType.STRING)
    public ProgramStatus status;

    @Enumerated(EnumType.STRING)
    public ProgramKind kind;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public ProgramDoc doc;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<ProgramEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** Keeps the searchable columns in step with the document. */
    public void apply(ProgramDoc newDoc) {
        ProgramDoc stored = newDoc.withOwner(null);
        this.key = stored.key();
        this.doc = stored;
        this.status = stored.status();
        this.kind = stored.kind();
        this.scope = stored.scope();
        this.name = stored.name();
        this.updatedAt = Instant.now();
    }
}
