package io.triad.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.AccountErased;
import io.triad.account.OwnedKeys;
import io.triad.account.OwnedRows;
import io.triad.account.Ownership;
import io.triad.account.Upsert;
import io.triad.domain.ProgramDoc;
import io.triad.domain.ProgramStatus;
import io.triad.domain.Role;
import io.triad.indexing.Change;
import io.triad.domain.validation.DocumentValidator;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.indexing.ChangeLog;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchResults.Funding;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchResults.Placement;
import io.triad.web.ProblemException;
import io.triad.web.Saved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Programs: who may see and change them, the API's create-or-replace, and every write (each one recorded in the
 * change log the search index follows).
 */
@ApplicationScoped
public class ProgramService implements OwnedKeys {
    private final ChangeLog changes;
    private final DocumentValidator validator;
    private final SearchIndex index;
    private final OwnedRows rows;
    private final Event<ProgramChanging> changing;

    ProgramService(ChangeLog changes, DocumentValidator validator, SearchIndex index, OwnedRows rows,
            Event<ProgramChanging> changing) {
        this.changes = changes;
        this.validator = validator;
        this.index = index;
        this.rows = rows;
        this.changing = changing;
    }

    /** A program the caller may see: published ones to anyone, the others to their administrator and operators. */
    @Transactional
    public Optional<ProgramEntity> visible(String key, Optional<Account> caller) {
        return ProgramEntity.byKey(key).filter(p -> p.visibleTo(caller));
    }

    /** The document of a program the caller may see, else 404. */
    @Transactional
    public ProgramDoc get(String key, Optional<Account> caller) {
        return visible(key, caller).map(p -> p.doc).orElseThrow(() -> notFound(key));
    }

    /**
     * As {@link #changeable(String, Account)}, decided from the program's owner and status as a page has just read them
     * with its own rows in one round trip (a program's dashboard); a null {@code status}: no such program.
     */
    public static void requireChangeable(String key, Long owner, ProgramStatus status, Account caller) {
        if (status == null) {
            throw notFound(key);
        }
        if (status != ProgramStatus.PUBLISHED && !Ownership.mayChangeById(caller, owner)) {
            throw notFound(key); // as visibleTo: another owner's draft is not even seen
        }
        Ownership.requireChangeById(caller, owner, "This program");
    }

    /** A program the caller may change: 404 when it may not even see it (another owner's draft), else 403. */
    @Transactional
    public ProgramEntity changeable(String key, Account caller) {
        return changeable(ProgramEntity.byKey(key), key, caller);
    }

    /** As {@link #changeable(String, Account)}, the row locked until the transaction ends: for writes. */
    @Transactional
    public ProgramEntity lockChangeable(String key, Account caller) {
        return changeable(rows.lock(ProgramEntity.class, key), key, caller);
    }

    private static ProgramEntity changeable(Optional<ProgramEntity> found, String key, Account caller) {
        ProgramEntity program = found.filter(p -> p.visibleTo(Optional.of(caller))).orElseThrow(() -> notFound(key));
        Ownership.requireChange(caller, program.owner, "This program");
        return program;
    }

    @Transactional
    public List<ProgramDoc> published() {
        return ProgramEntity.<ProgramEntity>list("status = ?1 order by name, key", ProgramStatus.PUBLISHED)
                .stream().map(p -> p.doc).toList();
    }

    /** The published programs among these keys, by key. */
    @Transactional
    public Map<String, ProgramDoc> publishedByKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ProgramEntity.<ProgramEntity>list("status = ?1 and key in ?2", ProgramStatus.PUBLISHED,
                List.copyOf(keys)).stream().collect(Collectors.toMap(p -> p.key, p -> p.doc));
    }

    /** The programs of these keys that exist, by key. */
    @Transactional
    public Map<String, ProgramDoc> byKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return ProgramEntity.<ProgramEntity>list("key in ?1", List.copyOf(keys)).stream()
                .collect(Collectors.toMap(p -> p.key, p -> p.doc));
    }

    /** The names of the programs these matches name, by key, for pages that show matches. */
    @Transactional
    public Map<String, String> namesIn(List<? extends Funding> matches) {
        Map<String, String> names = new HashMap<>();
        byKeys(Funding.programKeys(matches)).forEach((k, p) -> names.put(k, p.name()));
        return names;
    }

    /**
     * API.md's {@code PUT /api/programs/{key}}: PROGRAM_ADMIN and operators; the creator owns a new program; only an
     * operator may name another owner, a PROGRAM_ADMIN account. Another administrator's program is 404 when the
     * caller may not know it exists (a draft, a closed one), else 403; checked on the locked row it then writes.
     */
    @Transactional
    public Saved<ProgramDoc> put(String key, JsonNode body, Account caller) {
        Ownership.requireRole(caller, Role.PROGRAM_ADMIN);
        ProgramDoc doc = validator.program(body);
        Upsert.requireSameKey(key, doc.key());
        if (doc.owner() != null && caller.role != Role.OPERATOR) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_OPERATOR_ONLY);
        }
        Account named = doc.owner() == null ? null : Ownership.named(doc.owner(), Role.PROGRAM_ADMIN)
                .orElseThrow(() -> InvalidInput.of("owner", ViolationCode.OWNER_UNKNOWN, Role.PROGRAM_ADMIN));
        Upsert<ProgramEntity> upsert = rows.claim(ProgramEntity.class, key, () -> new OwnedRows.NewRow(
                ProgramEntity.stored(doc), Ownership.owner(named, Optional.empty(), caller, Role.PROGRAM_ADMIN)));
        upsert.existing().ifPresent(p -> changeable(Optional.of(p), key, caller));
        return upsert.saved(save(doc, upsert.owner(named, caller, Role.PROGRAM_ADMIN)).doc);
    }

    /** API.md's {@code DELETE /api/programs/{key}}. */
    @Transactional
    public void delete(String key, Account caller) {
        Ownership.requireRole(caller, Role.PROGRAM_ADMIN);
        delete(lockChangeable(key, caller));
    }

    /** The (opening, student) pairs the program would fund, best first; its administrator and operators only. */
    @Transactional
    public Page<Placement> matches(String key, LocalDate asOf, int limit, Account caller) {
        changeable(key, caller);
        return index.engine().forProgram(key, asOf, limit, caller.role == Role.OPERATOR);
    }

    /**
     * Creates the program unless its key is taken (then empty, nothing written): a create form's save, which a
     * concurrent create of the same key cannot turn into a replace.
     */
    @Transactional
    public Optional<ProgramEntity> createIfAbsent(ProgramDoc doc, Account owner) {
        Upsert<ProgramEntity> claimed = rows.claim(ProgramEntity.class, doc.key(),
                () -> new OwnedRows.NewRow(ProgramEntity.stored(doc), owner));
        return claimed.existing().isPresent() ? Optional.empty() : Optional.of(save(doc, owner));
    }

    /** Creates or replaces the program; the caller has checked permissions and resolved the owner. */
    @Transactional
    public ProgramEntity save(ProgramDoc doc, Account owner) {
        ProgramEntity entity = ProgramEntity.byKey(doc.key()).orElseGet(ProgramEntity::new);
        if (entity.id != null) {
            changing.fire(new ProgramChanging(entity.id, entity.doc, doc));
        }
        entity.apply(doc);
        entity.owner = owner;
        entity.persist();
        changes.changed(Change.program(doc.key()));
        return entity;
    }

    @Transactional
    public void delete(ProgramEntity entity) {
        changing.fire(new ProgramChanging(entity.id, entity.doc, null));
        changes.changed(Change.program(entity.key));
        entity.delete();
    }

    /** An erased account's programs go with it, in its transaction. */
    @Transactional(TxType.MANDATORY)
    void onAccountErased(@Observes AccountErased erased) {
        ProgramEntity.<ProgramEntity>list("owner.id", erased.accountId()).forEach(this::delete);
    }

    @Override
    public Kind kind() {
        return Kind.PROGRAMS;
    }

    @Override
    @Transactional
    public List<String> keysOwnedBy(Account owner) {
        return ProgramEntity.<ProgramEntity>list("owner = ?1 order by key", owner).stream().map(p -> p.key).toList();
    }

    static ProblemException notFound(String key) {
        return ProblemException.notFound("No program '" + key + "'");
    }
}
