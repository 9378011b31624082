package io.triad.startup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triad.account.Account;
import io.triad.domain.StartupDoc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A startup; its document is stored without openings, which live in {@link OpeningEntity}. */
@Entity
@Table(name = "startup")
public class StartupEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public StartupDoc doc;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<StartupEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public void apply(StartupDoc newDoc) {
        this.doc = newDoc.withOwner(null).withOpenings(List.of());
        this.key = newDoc.key();
        this.name = newDoc.name();
        this.updatedAt = Instant.now();
    }
}
