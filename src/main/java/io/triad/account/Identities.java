package io.triad.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Optional;

/** Turns HTTP Basic credentials and session tokens into identities carrying the account's role. */
final class Identities {
    private Identities() {
    }

    /** The identity attribute holding the account's row as it was read when the request was authenticated. */
    static final String HOLDER = "triad.account";

    static SecurityIdentity of(Account account) {
        return of(SessionService.Holder.of(account));
    }

    /**
     * The identity carries the account's row read with the credentials (the session's query or its kept copy, or the
     * password check), so {@link CurrentAccount} answers without asking the database again.
     */
    static SecurityIdentity of(SessionService.Holder holder) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(holder.email()))
                .addRole(holder.role().name())
                .addAttribute("accountId", holder.id())
                .addAttribute(HOLDER, holder)
                .build();
    }

    /**
     * The client's address for throttling: the connection's peer, or what a trusted proxy says it forwarded for
     * (quarkus.http.proxy.*: Quarkus only reads X-Forwarded-For from the addresses it trusts).
     */
    static String clientAddress(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        if (peer == null) {
            return "unknown";
        }
        return peer.hostAddress() != null ? peer.hostAddress() : String.valueOf(peer.host());
    }

    /** A session token read from the cookie. */
    static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;

        SessionRequest(String token) {
            this.token = token;
        }
    }

    @ApplicationScoped
    static class PasswordProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        private final AccountService accounts;

        PasswordProvider(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> verify(request));
        }

        @ActivateRequestContext
        SecurityIdentity verify(UsernamePasswordAuthenticationRequest request) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            return accounts.verify(request.getUsername(), new String(request.getPassword().getPassword()),
                            rc == null ? "unknown" : clientAddress(rc.request()))
                    .map(Identities::of)
                    .orElseThrow(() -> new AuthenticationFailedException("Wrong email or password"));
        }
    }

    @ApplicationScoped
    static class SessionProvider implements IdentityProvider<SessionRequest> {
        private final SessionService sessions;

        SessionProvider(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public Class<SessionRequest> getRequestType() {
            return SessionRequest.class;
        }

        /** A kept session answers on the calling (event-loop) thread; only a read from PostgreSQL blocks. */
        @Override
        public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
            Optional<SessionService.Holder> kept = sessions.kept(request.token);
            if (kept.isPresent()) {
                return Uni.createFrom().item(of(kept.get()));
            }
            return context.runBlocking(() -> lookUp(request.token));
        }

        @ActivateRequestContext
        SecurityIdentity lookUp(String token) {
            return sessions.holder(token).map(Identities::of)
                    .orElseThrow(() -> new AuthenticationFailedException("Session ended"));
        }
    }
}
