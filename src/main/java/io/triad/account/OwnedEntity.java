package io.triad.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * What programs, startups and students share: a generated id, the external key, the owning account
 * (null: operator-managed), the display name and when it last changed. The DATA.md document itself
 * lives in each subclass's {@code doc} column; key and name are columns PostgreSQL derives from it
 * (V2), read back after every write and never written from here.
 */
@MappedSuperclass
public abstract class OwnedEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public String name;

    @Column(name = "updated_at")
    public Instant updatedAt;

    protected void touch() {
        this.updatedAt = Instant.now();
    }
}
