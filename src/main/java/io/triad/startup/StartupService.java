package io.triad.startup;

import io.triad.account.Account;
import io.triad.domain.OpeningDoc;
import io.triad.domain.StartupDoc;
import io.triad.indexing.Change;
import io.triad.indexing.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class StartupService {
    private final ChangeLog changes;

    StartupService(ChangeLog changes) {
        this.changes = changes;
    }

    /** The startup's document with its openings, in key order. */
    @Transactional
    public StartupDoc view(StartupEntity startup) {
        return startup.doc.withOpenings(OpeningEntity.ofStartup(startup).stream().map(o -> o.doc).toList());
    }

    /** The key of an opening owned by a startup other than {@code startupKey}, if any. */
    @Transactional
    public Optional<String> foreignOpening(String startupKey, List<String> openingKeys) {
        return openingKeys.stream().filter(java.util.Objects::nonNull)
                .filter(k -> OpeningEntity.byKey(k).map(o -> !o.startup.key.equals(startupKey)).orElse(false))
                .findFirst();
    }

    /** Creates or replaces the startup whole: openings left out of {@code doc} are deleted. */
    @Transactional
    public StartupEntity save(StartupDoc doc, Account owner) {
        StartupEntity startup = StartupEntity.byKey(doc.key()).orElseGet(StartupEntity::new);
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
        changes.changed(Change.startup(startup.key));
        OpeningEntity.delete("startup", startup);
        startup.delete();
    }

    @Transactional
    public List<StartupEntity> ownedBy(Account account) {
        return StartupEntity.list("owner = ?1 order by key", account);
    }
}
