package vn.motcua.queue.backend.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Turns a device token or a session cookie into an identity; unknown, revoked or expired ones fail (401). */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenRequest> {

    @Inject
    Sessions sessions;
    @Inject
    DeviceIdentities devices;

    @Override
    public Class<TokenRequest> getRequestType() {
        return TokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> request.kind() == TokenRequest.Kind.DEVICE
                ? device(request.token()) : session(request));
    }

    private SecurityIdentity device(String token) {
        DeviceIdentities.Known device = devices.byToken(token)
                .orElseThrow(() -> new AuthenticationFailedException("unknown device token"));
        if (device.revoked()) {
            throw new AuthenticationFailedException("this device token has been revoked");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("device:" + device.code()))
                .addRole(device.kind())
                .addAttribute(Roles.ATTR_DEVICE_ID, device.id())
                .addAttribute(Roles.ATTR_DEVICE_CENTER, device.centerId())
                .build();
    }

    private SecurityIdentity session(TokenRequest request) {
        Optional<Sessions.Session> found = request.lookup() != null ? request.lookup().session()
                : sessions.find(request.token());
        Sessions.Session s = found
                .orElseThrow(() -> new AuthenticationFailedException("session expired; sign in again"));
        SecurityIdentity user = s.user()
                .orElseThrow(() -> new AuthenticationFailedException("account disabled"));
        return QuarkusSecurityIdentity.builder(user).addAttribute(Roles.ATTR_CSRF, s.csrfToken()).build();
    }
}
