package io.triad.account;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.triad.web.Cookies;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates page and API requests carrying the session cookie ({@code __Host-triad_session} over HTTPS); an ended
 * session is anonymous. A request with an Authorization header is left to HTTP Basic, so that "authenticated by HTTP
 * Basic" (exempt from the Origin check of web/OriginGuard) and "authenticated by the cookie" never overlap.
 */
@ApplicationScoped
class SessionMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Optional<String> token = Cookies.value(context, SessionService.COOKIE);
        if (token.isEmpty() || context.request().getHeader("Authorization") != null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new Identities.SessionRequest(token.get()))
                .onFailure().recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Triad\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Identities.SessionRequest.class);
    }
}
