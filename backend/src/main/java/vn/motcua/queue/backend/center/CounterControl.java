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
    @Inject
    vn.motcua.queue.backend.security.Access access;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;

    /**
     * A clerk opens a counter to sign in to it: only a counter nobody else holds, and one counter at a time.
     * Pause and close only their own.
     */
    private void signInRules(Center center, Counter counter, CounterStatus status, String clerk) {
        if (status == CounterStatus.OPEN) {
            if (counter.clerk != null && !counter.clerk.equals(clerk) && counter.status != CounterStatus.CLOSED) {
                throw ProblemException.conflict("Counter " + counter.number + " is signed in by " + counter.clerk);
            }
            Counter.<Counter>list("centerId = ?1 and clerk = ?2 and id <> ?3 and status <> ?4", center.id, clerk,
                    counter.id, CounterStatus.CLOSED).stream().findFirst().ifPresent(other -> {
                throw ProblemException.conflict("You are signed in to counter " + other.number
                        + "; close it before opening counter " + counter.number);
            });
        } else {
            access.requireCounter(center, counter);
        }
    }

    @Transactional
    public Counter setStatus(String centerCode, int number, CounterStatus status, String actor) {
        Center center = directory.center(centerCode);
        Counter counter = directory.counter(center, number);
        access.requireCenter(center);
        events.lockCenter(center.id); // the first lock of every change (EventLog)
        Counter.lock(counter);
        if (access.isClerkOnly()) {
            signInRules(center, counter, status, actor);
        }
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
        } else if (access.isClerkOnly()) {
            counter.clerk = actor;
        }
        audit.action("counter." + status.name().toLowerCase(), center.id, counter.number, "counter " + number,
                before + " -> " + status);
        events.append(center, "counter.changed", Map.of("counter", CounterBodies.of(counter)));
        changes.changed(center.id);
        Log.infof("center=%s counter=%d %s->%s by=%s", center.code, number, before, status, actor);
        return counter;
    }
}
