package vn.motcua.queue.backend.event.ws;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.queue.backend.center.Center;

/** Center codes that exist, remembered once seen (centers are created rarely and never renamed). */
@ApplicationScoped
public class KnownCenters {

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** The center's id; blocking (reads the database the first time a code is seen). */
    public Optional<Long> idOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Long known = ids.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> id = QuarkusTransaction.requiringNew().call(() -> Center.byCode(code).map(c -> c.id));
        id.ifPresent(v -> ids.put(code, v));
        return id;
    }
}
