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
 *
 * <p>"Call next" gives a policy only the {@link ServiceQueue#candidates} of each line (at most five tickets), not
 * whole lines: a policy may look at the head of a line, its first priority and first normal ticket, its
 * longest-waiting ticket and its first tickets within the target, and at nothing further down
 * ({@code LineCandidatesTest} checks every {@link PolicyKind}).
 */
public interface CallingPolicy {

    Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues);

    PolicyKind kind();
}
