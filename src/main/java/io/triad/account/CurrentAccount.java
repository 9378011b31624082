package io.triad.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.triad.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The signed-in account of this request, looked up once. */
@RequestScoped
public class CurrentAccount {
    private final SecurityIdentity identity;
    private Optional<Account> account;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<Account> get() {
        if (account == null) {
            account = identity.isAnonymous() ? Optional.empty() : fromIdentity();
        }
        return account;
    }

    /**
     * The row read when the request was authenticated (the session's query or the password check: see Identities),
     * so a signed-in request costs one round trip, not two; by email only for an identity made elsewhere (tests).
     */
    private Optional<Account> fromIdentity() {
        SessionService.Holder holder = identity.getAttribute(Identities.HOLDER);
        return holder != null ? Optional.of(holder.account()) : Account.byEmail(identity.getPrincipal().getName());
    }

    /**
     * The account's unread notifications counted with its session when the request was authenticated (empty when it
     * was not authenticated by a session). Only a request that changes no notification may show it as current.
     */
    public java.util.OptionalLong unreadAtStart() {
        SessionService.Holder holder = identity.isAnonymous() ? null : identity.getAttribute(Identities.HOLDER);
        return holder == null || holder.unreadNotifications() == null ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(holder.unreadNotifications());
    }

    /** The account, or 401 for an anonymous caller. */
    public Account require() {
        return get().orElseThrow(() -> new UnauthorizedException("Sign in first"));
    }

    public boolean isOperator() {
        return get().map(a -> a.role == Role.OPERATOR).orElse(false);
    }
}
