package io.triad.student;

import io.triad.account.Account;
import io.triad.domain.StudentDoc;
import io.triad.indexing.Change;
import io.triad.indexing.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class StudentService {
    private final ChangeLog changes;

    StudentService(ChangeLog changes) {
        this.changes = changes;
    }

    @Transactional
    public StudentEntity save(StudentDoc doc, Account owner) {
        StudentEntity student = StudentEntity.byKey(doc.key()).orElseGet(StudentEntity::new);
        student.apply(doc);
        student.owner = owner;
        student.persist();
        changes.changed(Change.student(doc.key()));
        return student;
    }

    @Transactional
    public void delete(StudentEntity student) {
        changes.changed(Change.student(student.key));
        student.delete();
    }
}
