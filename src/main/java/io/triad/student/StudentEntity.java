package io.triad.student;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.triad.account.Account;
import io.triad.domain.StudentDoc;
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
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "student")
public class StudentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Account owner;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public StudentDoc doc;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<StudentEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static Optional<StudentEntity> ownedBy(Account account) {
        return find("owner", account).firstResultOptional();
    }

    public void apply(StudentDoc newDoc) {
        this.doc = newDoc.withOwner(null);
        this.key = newDoc.key();
        this.name = newDoc.name();
        this.updatedAt = Instant.now();
    }
}
