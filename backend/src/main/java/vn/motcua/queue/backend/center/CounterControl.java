package vn.motcua.queue.backend.center;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.ticket.Ticket;

/** Opens, pauses and closes counters. A counter with a citizen at it can pause but not close. */
@ApplicationScoped
public class CounterControl {

    @Inject
    CenterDirectory directory;
    @Inject
    CenterChanges changes;
    @Inject
    EventLog events;

    @Transactional
    public Counter setStatus(String centerCode, int number, CounterStatus status, String actor) {
        Center center = directory.centerLocked(centerCode);
        Counter counter = directory.counter(center, number);
        if (status == CounterStatus.CLOSED) {
            Ticket.activeAt(counter.id).ifPresent(t -> {
                throw ProblemException.conflict("Counter " + number + " still has ticket " + t.number + " ("
                        + t.status + "); finish, transfer or mark it no-show before closing");
            });
        }
        CounterStatus before = counter.status;
        counter.status = status;
        if (status == CounterStatus.CLOSED) {
            counter.clerk = null;
        } else if (!"staff".equals(actor)) {
            counter.clerk = actor;
        }
        events.append(center, "counter.changed", Map.of("counter", CounterBodies.of(counter)));
        changes.changed(center.id);
        Log.infof("center=%s counter=%d %s->%s by=%s", center.code, number, before, status, actor);
        return counter;
    }
}
