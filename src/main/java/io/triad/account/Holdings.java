package io.triad.account;

import io.triad.account.AccountResource.Me;
import io.triad.account.AccountResource.Owns;
import io.triad.account.OwnedKeys.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What {@code GET /api/accounts/me} answers: the account, and the keys each feature says it owns. */
@ApplicationScoped
class Holdings {
    private final Instance<OwnedKeys> features;

    Holdings(Instance<OwnedKeys> features) {
        this.features = features;
    }

    @Transactional
    Me describe(Account account) {
        Map<Kind, List<String>> keys = new EnumMap<>(Kind.class);
        for (OwnedKeys feature : features) {
            keys.put(feature.kind(), feature.keysOwnedBy(account));
        }
        return new Me(account.email, account.role, account.language, new Owns(keys.getOrDefault(Kind.STARTUPS, List.of()),
                keys.getOrDefault(Kind.STUDENTS, List.of()), keys.getOrDefault(Kind.PROGRAMS, List.of())));
    }
}
