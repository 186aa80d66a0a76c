package vn.motcua.queue.backend.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.quarkus.scheduler.Scheduled;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.AfterCommit;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Prometheus metrics at /q/metrics: tickets issued and called per service (counted once committed) and
 * citizens waiting per service (refreshed every few seconds).
 */
@ApplicationScoped
public class QueueMetrics {

    private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;
    @Inject
    AfterCommit afterCommit;

    public void issued(String center, String service) {
        afterCommit.run(() -> registry.counter("motcua.tickets.issued", Tags.of("center", center, "service", service))
                .increment());
    }

    public void called(String center, String service) {
        afterCommit.run(() -> registry.counter("motcua.tickets.called", Tags.of("center", center, "service", service))
                .increment());
    }

    public void printFailed(String center) {
        afterCommit.run(() -> registry.counter("motcua.tickets.print.failed", Tags.of("center", center)).increment());
    }

    @Scheduled(every = "${motcua.metrics.refresh:10s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void refreshWaiting() {
        for (Center center : Center.<Center>listAll()) {
            for (Service service : Service.ofCenter(center.id)) {
                long n = Ticket.count("serviceId = ?1 and status = ?2", service.id, TicketStatus.WAITING);
                waiting.computeIfAbsent(center.code + "/" + service.code, key -> registry.gauge("motcua.tickets.waiting",
                        Tags.of("center", center.code, "service", service.code), new AtomicLong())).set(n);
            }
        }
    }
}
