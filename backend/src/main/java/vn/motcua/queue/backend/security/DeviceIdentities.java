package vn.motcua.queue.backend.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.common.AfterCommit;
import vn.motcua.queue.backend.common.DatabaseKind;
import vn.motcua.queue.backend.device.Device;
import vn.motcua.queue.backend.device.DeviceTokens;

/**
 * The devices behind device tokens, kept in memory so that a kiosk's request needs no transaction of its own to
 * find out who sent it. Revocation still takes effect at once: the revoking transaction forgets every known
 * device on this instance once it has committed and, on PostgreSQL, tells the other instances through the
 * {@value #CHANNEL} channel (see {@code PgNotifications}, which also forgets everything whenever its listening
 * connection was lost, as a notification may have been missed meanwhile). An entry older than
 * {@code motcua.security.device-cache-seconds} is read again, which bounds the harm of anything missed anyway.
 */
@ApplicationScoped
public class DeviceIdentities {

    public static final String CHANNEL = "motcua_devices";

    /** What a request needs of its device. */
    public record Known(Long id, String code, String kind, Long centerId, boolean revoked, long readAtNanos) {
    }

    private final Map<String, Known> byTokenHash = new ConcurrentHashMap<>();
    /** Advanced by every {@link #forgetAll()}: a read that began before it must not be kept. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    EntityManager em;
    @Inject
    AfterCommit afterCommit;
    @ConfigProperty(name = "motcua.security.device-cache-seconds", defaultValue = "60")
    long maxAgeSeconds;
    @Inject
    DatabaseKind database;

    /** The device holding this token, revoked or not; empty for a token nobody holds. */
    public Optional<Known> byToken(String token) {
        String hash = DeviceTokens.hash(token);
        Known known = byTokenHash.get(hash);
        if (known != null && System.nanoTime() - known.readAtNanos() < maxAgeSeconds * 1_000_000_000L) {
            return Optional.of(known);
        }
        long before = generation.get();
        long readAt = System.nanoTime();
        Optional<Known> read = QuarkusTransaction.requiringNew().call(() -> Device.byTokenHash(hash)
                .map(d -> new Known(d.id, d.code, d.kind, d.centerId, d.revoked, readAt)));
        read.ifPresentOrElse(fresh -> {
            byTokenHash.put(hash, fresh);
            if (generation.get() != before) {
                // a revocation committed while this was read: what was read may predate it
                byTokenHash.remove(hash, fresh);
            }
        }, () -> byTokenHash.remove(hash));
        return read;
    }

    /**
     * Called inside a transaction that revokes a device: once it commits, this instance forgets every device and
     * (on PostgreSQL, by a NOTIFY sent on commit) so do the others.
     */
    public void revokedInThisTransaction() {
        afterCommit.run(this::forgetAll);
        if (database.postgres()) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_notify(?1, '')) n").setParameter(1, CHANNEL).getSingleResult();
        }
    }

    /** Forgets every device: the next request of each reads its device again. */
    public void forgetAll() {
        generation.incrementAndGet();
        byTokenHash.clear();
    }
}
