package vn.motcua.queue.backend.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.device.DeviceTokens;

/**
 * Web UI sessions, stored in the database (hash of the cookie value only), so any backend instance
 * accepts them and logout ends them everywhere. Each session has its own CSRF token. A session is read once per
 * request, with its user, in one transaction: nothing about it is kept between requests, so a sign-out, a disabled
 * account or a changed role or center list applies to the very next request.
 */
@ApplicationScoped
public class Sessions {

    /** A live session; {@code user} is its account's identity, empty when the account is disabled or gone. */
    public record Session(String csrfToken, Optional<SecurityIdentity> user) {
    }

    /**
     * A lookup made earlier in the same HTTP request (by the CSRF check, see WebGuards), kept in the request's
     * routing context under {@link #LOOKUP} so that authentication does not read the session a second time.
     */
    public record Lookup(String token, Optional<Session> session) {
    }

    public static final String LOOKUP = Sessions.class.getName() + ".lookup";

    /** What login hands to the browser: the cookie value and the CSRF token. */
    public record Opened(String token, String csrfToken, Instant expiresAt) {
    }

    @Inject
    EntityManager em;
    @ConfigProperty(name = "motcua.session.lifetime", defaultValue = "10H")
    Duration lifetime;

    public Opened open(Long userId) {
        String token = DeviceTokens.newToken();
        String csrf = DeviceTokens.newToken();
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO staff_session "
                        + "(token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, DeviceTokens.hash(token)).setParameter(2, userId).setParameter(3, csrf)
                .setParameter(4, now).setParameter(5, expires).executeUpdate());
        return new Opened(token, csrf, expires);
    }

    /** The live session of this cookie value, with its user; empty when unknown, ended or expired. */
    public Optional<Session> find(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT user_id, csrf_token FROM staff_session "
                            + "WHERE token_hash = ?1 AND expires_at > ?2")
                    .setParameter(1, DeviceTokens.hash(token)).setParameter(2, Instant.now()).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Session>empty();
            }
            Object[] r = rows.get(0);
            Optional<SecurityIdentity> user = Optional
                    .ofNullable(StaffUser.<StaffUser>findById(((Number) r[0]).longValue()))
                    .filter(u -> u.enabled).map(StaffIdentities::identity);
            return Optional.of(new Session((String) r[1], user));
        });
    }

    public void close(String token) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM staff_session WHERE token_hash = ?1")
                .setParameter(1, DeviceTokens.hash(token)).executeUpdate());
    }

    public int purgeExpired() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM staff_session WHERE expires_at < ?1").setParameter(1, Instant.now()).executeUpdate());
    }
}
