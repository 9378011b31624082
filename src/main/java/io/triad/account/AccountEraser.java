package io.triad.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Erases an account with everything it owns, in one transaction: the features delete what is theirs when they
 * observe {@link AccountErased}, then the account row goes and its sessions with it (on delete cascade). An owned
 * row no feature deleted would keep the account row (its foreign key) and roll everything back. Its sessions kept in
 * memory end with the commit on this instance, at once.
 */
@ApplicationScoped
class AccountEraser {
    private final Event<AccountErased> erased;
    private final SessionService sessions;

    AccountEraser(Event<AccountErased> erased, SessionService sessions) {
        this.erased = erased;
        this.sessions = sessions;
    }

    @Transactional
    void erase(Account detached) {
        Account account = Account.findById(detached.id);
        erased.fire(new AccountErased(account.id));
        account.delete();
        sessions.changed(account.id);
    }
}
