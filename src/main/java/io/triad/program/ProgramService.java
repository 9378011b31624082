package io.triad.program;

import io.triad.account.Account;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.indexing.Change;
import io.triad.indexing.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProgramService {
    private final ChangeLog changes;

    ProgramService(ChangeLog changes) {
        this.changes = changes;
    }

    /** A program the caller may see: published ones to anyone, the others to their administrator and operators. */
    @Transactional
    public Optional<ProgramEntity> visible(String key, Optional<Account> caller) {
        return ProgramEntity.byKey(key).filter(p -> p.status == ProgramStatus.PUBLISHED
                || caller.map(c -> c.role == Role.OPERATOR || (p.owner != null && p.owner.id.equals(c.id))).orElse(false));
    }

    @Transactional
    public List<ProgramDoc> published() {
        return ProgramEntity.<ProgramEntity>list("status = ?1 order by name, key", ProgramStatus.PUBLISHED)
                .stream().map(p -> p.doc).toList();
    }

    /** Creates or replaces the program; the caller has checked permissions and resolved the owner. */
    @Transactional
    public ProgramEntity save(ProgramDoc doc, Account owner) {
        ProgramEntity entity = ProgramEntity.byKey(doc.key()).orElseGet(ProgramEntity::new);
        entity.apply(doc);
        entity.owner = owner;
        entity.persist();
        changes.changed(Change.program(doc.key()));
        return entity;
    }

    @Transactional
    public void delete(ProgramEntity entity) {
        changes.changed(Change.program(entity.key));
        entity.delete();
    }

    @Transactional
    public List<String> keysOwnedBy(Account account) {
        return ProgramEntity.<ProgramEntity>list("owner = ?1 order by key", account).stream().map(p -> p.key).toList();
    }
}
