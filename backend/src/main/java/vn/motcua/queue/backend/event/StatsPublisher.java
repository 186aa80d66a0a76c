package vn.motcua.queue.backend.event;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.CenterQueries;

/**
 * Publishes {@code stats.changed} (every service's waiting count and estimated wait) for centers that changed
 * on this instance since the last time, so displays and kiosks see estimates move without polling.
 */
@ApplicationScoped
public class StatsPublisher {

    private final Map<Long, Long> published = new ConcurrentHashMap<>();

    @Inject
    CenterChanges changes;
    @Inject
    CenterQueries queries;
    @Inject
    CenterDirectory directory;
    @Inject
    EventLog events;

    @Scheduled(every = "${motcua.events.stats-every:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishChanged() {
        List<Center> centers = QuarkusTransaction.requiringNew().call(() -> Center.<Center>listAll());
        for (Center c : centers) {
            long version = changes.version(c.id);
            if (version != published.getOrDefault(c.id, 0L)) {
                try {
                    publish(c.code);
                    published.put(c.id, version);
                } catch (RuntimeException e) {
                    Log.warnf(e, "stats.changed for center %s failed", c.code);
                }
            }
        }
    }

    public void publish(String centerCode) {
        QuarkusTransaction.requiringNew().run(() -> {
            // read first; the center's row is locked only by the append, just before commit
            Center center = directory.center(centerCode);
            List<Map<String, Object>> services = queries.services(centerCode).stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", s.code());
                m.put("waiting", s.waiting());
                m.put("estimatedWaitMinutes", s.estimatedWaitMinutes());
                m.put("open", s.open());
                return m;
            }).toList();
            events.append(center, "stats.changed", Map.of("services", services));
        });
    }
}
