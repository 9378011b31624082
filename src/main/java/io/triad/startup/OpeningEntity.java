package io.triad.startup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triad.domain.OpeningDoc;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "opening")
public class OpeningEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Derived from doc by PostgreSQL (V2). */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    public String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "startup_id")
    public StartupEntity startup;

    @JdbcTypeCode(SqlTypes.JSON)
    public OpeningDoc doc;

    public static Optional<OpeningEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static List<OpeningEntity> ofStartup(StartupEntity startup) {
        return list("startup = ?1 order by key", startup);
    }
}
