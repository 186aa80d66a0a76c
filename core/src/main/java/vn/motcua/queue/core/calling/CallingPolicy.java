package vn.motcua.queue.core.calling;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/**
 * Chooses the next ticket for a counter. {@code queues} are the counter's services in work-profile order,
 * each with the counter's weight for it; empty queues may be present. Implementations are stateless.
 *
 * <p>The wait estimator runs the five policies of {@link PolicyKind} forward with its own copy of their rules
 * over indexed lines ({@code estimate.ForwardRun}): when a rule changes here, change it there too
 * ({@code WaitEstimatorEquivalenceTest} fails otherwise). Other implementations take the estimator's generic
 * run, which calls {@link #choose} at every step.
 */
public interface CallingPolicy {

    Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues);

    PolicyKind kind();
}
