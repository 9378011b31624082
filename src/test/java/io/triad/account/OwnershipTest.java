package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.triad.domain.Role;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who owns what a create-or-replace saves: replacing never hands an entity to its replacer. */
@DisplayName("ASVS V8.2.2: ownership of created and replaced entities")
class OwnershipTest {
    private static long ids;

    @Test
    void aNewEntityBelongsToItsCreatorWhenTheRoleFits() {
        Account creator = account(Role.PROGRAM_ADMIN);
        assertThat(Ownership.owner(null, Optional.empty(), creator, Role.PROGRAM_ADMIN)).isSameAs(creator);
        assertThat(Ownership.owner(null, Optional.empty(), account(Role.OPERATOR), Role.PROGRAM_ADMIN)).isNull();
    }

    @Test
    void aReplacedEntityKeepsItsOwnerWhoeverReplacesIt() {
        Account owner = account(Role.STARTUP);
        assertThat(Ownership.owner(null, Optional.of(owned(owner)), account(Role.OPERATOR), Role.STARTUP))
                .isSameAs(owner);
        assertThat(Ownership.owner(null, Optional.of(owned(owner)), account(Role.STARTUP), Role.STARTUP))
                .isSameAs(owner);
    }

    @Test
    @DisplayName("V8.2.2: an operator-managed entity stays so when an importer with a default owner replaces it")
    void anOperatorManagedEntityStaysOperatorManagedWhenReplaced() {
        Account defaultOwner = account(Role.PROGRAM_ADMIN);
        assertThat(Ownership.owner(null, Optional.of(owned(null)), defaultOwner, Role.PROGRAM_ADMIN)).isNull();
    }

    @Test
    void onlyANamedOwnerChangesHands() {
        Account named = account(Role.PROGRAM_ADMIN);
        assertThat(Ownership.owner(named, Optional.of(owned(account(Role.PROGRAM_ADMIN))), null, Role.PROGRAM_ADMIN))
                .isSameAs(named);
    }

    private static Account account(Role role) {
        Account account = new Account();
        account.id = ++ids;
        account.role = role;
        return account;
    }

    private static OwnedEntity owned(Account owner) {
        OwnedEntity entity = new OwnedEntity() {
        };
        entity.owner = owner;
        return entity;
    }
}
