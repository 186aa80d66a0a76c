package vn.motcua.queue.backend.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
 * accepts them and logout ends them everywhere. Each session has its own CSRF token.
 */
@ApplicationScoped
public class Sessions {

    /** A live session. */
    public record Session(Long userId, String csrfToken, Instant expiresAt) {
    }

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

    public Optional<Session> find(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT user_id, csrf_token, expires_at FROM staff_session "
                            + "WHERE token_hash = ?1 AND expires_at > ?2")
                    .setParameter(1, DeviceTokens.hash(token)).setParameter(2, Instant.now()).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Session>empty();
            }
            Object[] r = rows.get(0);
            Instant expires = toInstant(r[2]);
            return Optional.of(new Session(((Number) r[0]).longValue(), (String) r[1], expires));
        });
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
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
