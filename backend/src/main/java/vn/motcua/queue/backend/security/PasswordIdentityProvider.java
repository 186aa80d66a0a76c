package vn.motcua.queue.backend.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.queue.backend.device.DeviceTokens;

/**
 * HTTP Basic for scripts and integrations. bcrypt is slow on purpose, so a successful check is remembered
 * for a minute (keyed by a hash of the password, never the password); failed attempts are throttled.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Remembered(String passwordHash, SecurityIdentity identity, Instant until) {
    }

    private static final Duration REMEMBER = Duration.ofSeconds(60);

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @Inject
    StaffIdentities identities;
    @Inject
    LoginThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        String digest = DeviceTokens.hash(username + "\u0000" + new String(password));
        Remembered r = remembered.get(username);
        if (r != null && r.passwordHash().equals(digest) && Instant.now().isBefore(r.until())) {
            return Uni.createFrom().item(r.identity());
        }
        Duration wait = throttle.delayFor(username);
        Uni<SecurityIdentity> check = context.runBlocking(() -> {
            Optional<SecurityIdentity> identity = identities.check(username, password, "basic");
            if (identity.isEmpty()) {
                throttle.failed(username);
                throw new AuthenticationFailedException("wrong user name or password");
            }
            throttle.succeeded(username);
            remembered.put(username, new Remembered(digest, identity.get(), Instant.now().plus(REMEMBER)));
            return identity.get();
        });
        return wait.isZero() ? check : Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                .onItem().transformToUni(x -> check);
    }

    /** Forgets remembered logins of a user whose password, role or centers changed. */
    public void forget(String username) {
        remembered.remove(username);
    }
}
