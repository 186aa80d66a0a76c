package vn.motcua.queue.kiosk.issue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.UUID;
import vn.motcua.queue.kiosk.backend.BackendClient;
import vn.motcua.queue.kiosk.backend.BackendException;
import vn.motcua.queue.kiosk.backend.Priority;
import vn.motcua.queue.kiosk.backend.Ticket;

/**
 * One press = one {@code Idempotency-Key}. A POST that times out may still have been committed,
 * so it is repeated with the same key: the backend then answers with the ticket it already issued
 * instead of a second one, and a flaky network can neither duplicate nor lose a ticket.
 */
public final class IdempotentIssue {
    private static final System.Logger LOG = System.getLogger(IdempotentIssue.class.getName());

    private final Vertx vertx;
    private final BackendClient backend;
    private final Duration timeout;
    private final int attempts;
    private final Duration retryDelay;

    public IdempotentIssue(Vertx vertx, BackendClient backend, Duration timeout, int attempts, Duration retryDelay) {
        this.vertx = vertx;
        this.backend = backend;
        this.timeout = timeout;
        this.attempts = attempts;
        this.retryDelay = retryDelay;
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Fails with the last {@link BackendException}: REFUSED at once, otherwise after all attempts
     * (then the backend may or may not hold the ticket; repeat the key later to find out).
     */
    public Future<Ticket> issue(String service, Priority priority, String key) {
        Promise<Ticket> promise = Promise.promise();
        attempt(service, priority, key, 1, promise);
        return promise.future();
    }

    private void attempt(String service, Priority priority, String key, int attempt, Promise<Ticket> promise) {
        backend.issue(service, priority, key, timeout).onComplete(result -> {
            if (result.succeeded()) {
                promise.complete(result.result());
                return;
            }
            Throwable failure = result.cause();
            boolean retryable = failure instanceof BackendException e && e.retryable();
            if (!retryable || attempt >= attempts) {
                promise.fail(failure);
                return;
            }
            LOG.log(Level.WARNING, "issuing {0} attempt {1} failed ({2}); repeating with the same key",
                    service, attempt, failure.getMessage());
            vertx.setTimer(Math.max(1, retryDelay.toMillis()), id -> attempt(service, priority, key, attempt + 1, promise));
        });
    }
}
