package vn.motcua.queue.backend.event;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers committed events to this instance's subscribers. Whatever wakes it (this instance's commit, a
 * PostgreSQL NOTIFY from another instance, the safety poll), it reads the center's events after the last
 * one it delivered, by seq, from the event table, so every instance sends the same frames in the same order.
 * One worker thread does all reading, snapshots and fan-out, which keeps the order per subscriber.
 */
@ApplicationScoped
public class EventRelay {

    private static final int BATCH = 500;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "motcua-event-relay");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, Long> delivered = new ConcurrentHashMap<>();
    private final Map<Long, Snapshots.Snapshot> cachedSnapshots = new ConcurrentHashMap<>();
    private final Map<Long, Instant> cachedAt = new ConcurrentHashMap<>();

    @Inject
    Snapshots snapshots;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "motcua.events.dead-after", defaultValue = "70s")
    Duration deadAfter;

    /** A change of the center was committed (here or on another instance). */
    public void committed(Long centerId) {
        if (subscribers.containsKey(centerId)) {
            run(() -> deliver(centerId));
        }
    }

    /** Registers a subscriber and sends it a snapshot; events after the snapshot follow. */
    public void subscribe(Subscriber s) {
        run(() -> {
            subscribers.computeIfAbsent(s.centerId(), id -> ConcurrentHashMap.newKeySet()).add(s);
            sendSnapshot(s);
            deliver(s.centerId());
        });
    }

    public void unsubscribe(Subscriber s) {
        run(() -> {
            Set<Subscriber> set = subscribers.get(s.centerId());
            if (set != null) {
                set.remove(s);
                if (set.isEmpty()) {
                    subscribers.remove(s.centerId());
                    delivered.remove(s.centerId());
                    cachedSnapshots.remove(s.centerId());
                }
            }
        });
    }

    /** A fresh snapshot for a subscriber that asked for it or fell behind. */
    public void resync(Subscriber s) {
        run(() -> {
            if (subscribers.getOrDefault(s.centerId(), Set.of()).contains(s)) {
                sendSnapshot(s);
            }
        });
    }

    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    private void sendSnapshot(Subscriber s) {
        try {
            Snapshots.Snapshot snap = snapshotFor(s);
            delivered.putIfAbsent(s.centerId(), snap.seq());
            s.snapshot(snap.seq(), snap.frame());
        } catch (RuntimeException e) {
            Log.warnf(e, "snapshot for center %s failed; closing the subscriber so it reconnects", s.centerCode());
            s.sink().close("snapshot failed");
        }
    }

    /** Reuses a snapshot for a burst of (re)connecting clients while nothing has changed, for at most 1 s. */
    private Snapshots.Snapshot snapshotFor(Subscriber s) {
        Snapshots.Snapshot cached = cachedSnapshots.get(s.centerId());
        Instant at = cachedAt.get(s.centerId());
        Instant now = Instant.now(); // infrastructure timing, not center time: the test clock must not move it
        if (cached != null && at != null && Duration.between(at, now).abs().toMillis() < 1000
                && cached.seq() == snapshots.committedSeq(s.centerId())) {
            return cached;
        }
        Snapshots.Snapshot fresh = snapshots.take(s.centerCode());
        cachedSnapshots.put(s.centerId(), fresh);
        cachedAt.put(s.centerId(), now);
        return fresh;
    }

    private void deliver(Long centerId) {
        Set<Subscriber> set = subscribers.get(centerId);
        Long from = delivered.get(centerId);
        if (set == null || set.isEmpty() || from == null) {
            return;
        }
        try {
            while (true) {
                long after = delivered.get(centerId);
                List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> fetch(centerId, after));
                for (Object[] row : rows) {
                    long seq = ((Number) row[0]).longValue();
                    String frame = (String) row[1];
                    for (Subscriber s : set) {
                        s.offer(seq, frame);
                    }
                    delivered.put(centerId, seq);
                }
                if (rows.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            Log.warnf(e, "delivering events of center %d failed; the next wake-up retries", centerId);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> fetch(Long centerId, long after) {
        return em.createNativeQuery("SELECT seq, body FROM center_event WHERE center_id = ?1 AND seq > ?2 ORDER BY seq")
                .setParameter(1, centerId).setParameter(2, after).setMaxResults(BATCH).getResultList();
    }

    /** Safety net for a missed wake-up (e.g. a NOTIFY lost while the listener reconnected). */
    @Scheduled(every = "${motcua.events.poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        for (Long centerId : subscribers.keySet()) {
            run(() -> deliver(centerId));
        }
    }

    /** Closes connections that stopped answering pings (a TV switched off without closing). */
    @Scheduled(every = "${motcua.events.sweep:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeDead() {
        Instant limit = Instant.now().minus(deadAfter); // real time: liveness of sockets
        for (Set<Subscriber> set : subscribers.values()) {
            for (Subscriber s : set) {
                if (s.lastHeard().isBefore(limit)) {
                    Log.infof("center=%s closing event subscriber %s: no answer to pings", s.centerCode(), s.id());
                    s.sink().close("no answer to pings");
                }
            }
        }
    }

    /**
     * Hands work to the worker; once the application stops, work still arriving (a socket's close, a scheduled
     * poll that fires during shutdown) is dropped instead of failing with RejectedExecutionException.
     */
    private void run(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException stopping) {
            Log.debug("event relay stopped; work dropped");
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
