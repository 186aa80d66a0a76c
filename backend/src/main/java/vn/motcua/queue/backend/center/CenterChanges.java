package vn.motcua.queue.backend.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.queue.backend.common.AfterCommit;

/** Counts committed changes per center on this instance, so caches know when to recompute. */
@ApplicationScoped
public class CenterChanges {

    private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();

    @Inject
    AfterCommit afterCommit;

    /** Marks the center changed once the current transaction commits. */
    public void changed(Long centerId) {
        afterCommit.run(() -> versions.computeIfAbsent(centerId, id -> new AtomicLong()).incrementAndGet());
    }

    public long version(Long centerId) {
        AtomicLong v = versions.get(centerId);
        return v == null ? 0 : v.get();
    }
}
