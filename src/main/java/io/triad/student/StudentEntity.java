package io.triad.student;

import io.triad.account.Account;
import io.triad.account.OwnedEntity;
import io.triad.domain.StudentDoc;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "student")
public class StudentEntity extends OwnedEntity {
    @JdbcTypeCode(SqlTypes.JSON)
    public StudentDoc doc;

    public static Optional<StudentEntity> byKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static Optional<StudentEntity> ownedBy(Account account) {
        return find("owner", account).firstResultOptional();
    }

    public void apply(StudentDoc newDoc) {
        touch();
        this.doc = stored(newDoc);
    }

    /** The document as the doc column holds it: without owner (owner_id says). */
    public static StudentDoc stored(StudentDoc doc) {
        return doc.withOwner(null);
    }
}
