package vn.motcua.queue.backend.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the two token credentials: {@code Authorization: Bearer <device token>} (kiosks, displays) and the
 * web UI's session cookie. HTTP Basic is Quarkus' own mechanism.
 */
@ApplicationScoped
public class TokenMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "motcua-session";
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String auth = context.request().getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return identityProviderManager.authenticate(
                    new TokenRequest(TokenRequest.Kind.DEVICE, auth.substring(BEARER.length()).trim()));
        }
        if (auth == null) {
            Cookie cookie = context.request().getCookie(SESSION_COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                return identityProviderManager.authenticate(new TokenRequest(TokenRequest.Kind.SESSION,
                        cookie.getValue(), context.get(Sessions.LOOKUP)));
            }
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"MotCua\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenRequest.class);
    }
}
