package io.triad.startup;

import com.fasterxml.jackson.databind.JsonNode;
import io.triad.account.Account;
import io.triad.account.AccountErased;
import io.triad.account.OwnedKeys;
import io.triad.account.OwnedRows;
import io.triad.account.Ownership;
import io.triad.account.Upsert;
import io.triad.domain.OpeningDoc;
import io.triad.domain.Role;
import io.triad.domain.StartupDoc;
import io.triad.indexing.Change;
import io.triad.domain.validation.DocumentValidator;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.ViolationCode;
import io.triad.indexing.ChangeLog;
import io.triad.indexing.SearchIndex;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.CompanyPrograms;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.Page;
import io.triad.matching.MatchOrder;
import io.triad.matching.MatchResults.StudentForOpening;
import io.triad.web.ProblemException;
import io.triad.web.Saved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Startups with their openings: the API's reads and writes with their ownership rules, and every write (a startup
 * is saved whole, its openings with it, and recorded in the change log the search index follows).
 */
@ApplicationScoped
public class StartupService implements OwnedKeys {
    private final ChangeLog changes;
    private final DocumentValidator validator;
    private final SearchIndex index;
    private final OwnedRows rows;
    private final Event<OpeningsChanging> openingsChanging;
    private final OpeningRankings rankings;
    private final OpeningOwners owners;

    StartupService(ChangeLog changes, DocumentValidator validator, SearchIndex index, OwnedRows rows,
            Event<OpeningsChanging> openingsChanging, OpeningRankings rankings, OpeningOwners owners) {
        this.rankings = rankings;
        this.owners = owners;
        this.changes = changes;
        this.validator = validator;
        this.index = index;
        this.rows = rows;
        this.openingsChanging = openingsChanging;
    }

    /** The startup's document with its openings, in key order. */
    @Transactional
    public StartupDoc view(StartupEntity startup) {
        return startup.doc.withOpenings(OpeningEntity.ofStartup(startup).stream().map(o -> o.doc).toList());
    }

    /** The startup its owner or an operator asks for: 404 unknown, 403 another account's. */
    @Transactional
    public StartupDoc get(String key, Account caller) {
        return view(owned(key, caller));
    }

    /**
     * API.md's {@code PUT /api/startups/{key}}: STARTUP accounts (several startups each) and operators; the creator
     * owns a new startup; owners are named by imports only; an opening key another startup uses is rejected.
     */
    @Transactional
    public Saved<StartupDoc> put(String key, JsonNode body, Account caller) {
        Ownership.requireRole(caller, Role.STARTUP);
        StartupDoc doc = validator.startup(body);
        Upsert.requireSameKey(key, doc.key());
        if (doc.owner() != null) {
            throw InvalidInput.of("owner", ViolationCode.OWNER_IMPORT_ONLY);
        }
        Upsert<StartupEntity> upsert = rows.claim(StartupEntity.class, key, () -> new OwnedRows.NewRow(
                StartupEntity.stored(doc), Ownership.owner(null, Optional.empty(), caller, Role.STARTUP)));
        upsert.existing().ifPresent(s -> Ownership.requireChange(caller, s.owner, "This startup"));
        foreignOpening(key, doc.openings().stream().map(OpeningDoc::key).toList()).ifPresent(k -> {
            throw InvalidInput.of("openings", ViolationCode.OPENING_KEY_TAKEN, k);
        });
        return upsert.saved(view(save(doc, upsert.owner(null, caller, Role.STARTUP))));
    }

    @Transactional
    public void delete(String key, Account caller) {
        delete(lockOwned(key, caller));
    }

    /** The grants, loans and vouchers the startup qualifies for on {@code asOf}, and its near misses. */
    @Transactional
    public CompanyPrograms programs(String key, LocalDate asOf, Account caller) {
        return index.engine().companyPrograms(view(owned(key, caller)), asOf);
    }

    /** An opening's ranked students, for its startup's owner and operators: 404 unknown, 403 another's. */
    public Page<StudentForOpening> openingMatches(String openingKey, LocalDate asOf, int limit, boolean funded,
            MatchOrder order, Account caller) {
        owners.requireOpening(openingKey, caller);
        return rankings.matches(index.engine(), openingKey, asOf, limit, funded, order,
                caller.role == Role.OPERATOR);
    }

    /** {@link #openingMatches} as the API writes it (JSON), after the same checks. */
    public byte[] openingMatchesJson(String openingKey, LocalDate asOf, int limit, boolean funded, MatchOrder order,
            Account caller) {
        owners.requireOpening(openingKey, caller);
        return rankings.matchesJson(index.engine(), openingKey, asOf, limit, funded, order,
                caller.role == Role.OPERATOR);
    }

    /** The key of an opening owned by a startup other than {@code startupKey}, if any. */
    @Transactional
    public Optional<String> foreignOpening(String startupKey, List<String> openingKeys) {
        return openingKeys.stream().filter(Objects::nonNull)
                .filter(k -> OpeningEntity.byKey(k).map(o -> !o.startup.key.equals(startupKey)).orElse(false))
                .findFirst();
    }

    /** Creates or replaces the startup whole: openings left out of {@code doc} are deleted. */
    @Transactional
    public StartupEntity save(StartupDoc doc, Account owner) {
        StartupEntity startup = StartupEntity.byKey(doc.key()).orElseGet(StartupEntity::new);
        if (startup.id != null) {
            openingsChanging.fire(new OpeningsChanging(startup.id, doc.openings()));
        }
        startup.apply(doc);
        startup.owner = owner;
        startup.persist();
        Map<String, OpeningEntity> existing = OpeningEntity.ofStartup(startup).stream()
                .collect(Collectors.toMap(o -> o.key, Function.identity()));
        for (OpeningDoc opening : doc.openings()) {
            OpeningEntity entity = existing.remove(opening.key());
            if (entity == null) {
                entity = new OpeningEntity();
                entity.startup = startup;
            }
            entity.doc = opening;
            entity.persist();
        }
        existing.values().forEach(OpeningEntity::delete);
        changes.changed(Change.startup(doc.key()));
        return startup;
    }

    @Transactional
    public void delete(StartupEntity startup) {
        openingsChanging.fire(new OpeningsChanging(startup.id, List.of()));
        changes.changed(Change.startup(startup.key));
        OpeningEntity.delete("startup", startup);
        startup.delete();
    }

    @Transactional
    public List<StartupEntity> ownedBy(Account account) {
        return StartupEntity.list("owner = ?1 order by key", account);
    }

    /** The openings of every startup {@code founder} owns. */
    @Transactional
    public List<OpeningDoc> openingsOwnedBy(Account founder) {
        return OpeningEntity.<OpeningEntity>list("startup.owner = ?1", founder).stream().map(o -> o.doc).toList();
    }

    /** The openings of these keys that exist, by key. */
    @Transactional
    public Map<String, OpeningDoc> openingsByKeys(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : OpeningEntity.<OpeningEntity>list("key in ?1", List.copyOf(keys)).stream()
                .collect(Collectors.toMap(o -> o.key, o -> o.doc));
    }

    /** The startups of these keys that exist, by key, without their openings. */
    @Transactional
    public Map<String, StartupDoc> byKeys(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : StartupEntity.<StartupEntity>list("key in ?1", List.copyOf(keys)).stream()
                .collect(Collectors.toMap(s -> s.key, s -> s.doc));
    }

    /** An erased account's startups go with it, their openings too, in its transaction. */
    @Transactional(TxType.MANDATORY)
    void onAccountErased(@Observes AccountErased erased) {
        StartupEntity.<StartupEntity>list("owner.id", erased.accountId()).forEach(this::delete);
    }

    @Override
    public Kind kind() {
        return Kind.STARTUPS;
    }

    @Override
    @Transactional
    public List<String> keysOwnedBy(Account owner) {
        return ownedBy(owner).stream().map(s -> s.key).toList();
    }

    /** The startup when the caller owns it or is an operator: 404 unknown, 403 another account's. */
    static StartupEntity owned(String key, Account caller) {
        return owned(StartupEntity.byKey(key), key, caller);
    }

    /** As {@link #owned(String, Account)}, the row locked until the transaction ends: for writes. */
    @Transactional
    StartupEntity lockOwned(String key, Account caller) {
        return owned(rows.lock(StartupEntity.class, key), key, caller);
    }

    private static StartupEntity owned(Optional<StartupEntity> found, String key, Account caller) {
        StartupEntity startup = found.orElseThrow(() -> ProblemException.notFound("No startup '" + key + "'"));
        Ownership.requireChange(caller, startup.owner, "This startup");
        return startup;
    }
}
