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
            account = identity.isAnonymous() ? Optional.empty() : Account.byEmail(identity.getPrincipal().getName());
        }
        return account;
    }

    /** The account, or 401 for an anonymous caller. */
    public Account require() {
        return get().orElseThrow(() -> new UnauthorizedException("Sign in first"));
    }

    public boolean isOperator() {
        return get().map(a -> a.role == Role.OPERATOR).orElse(false);
    }
}
