package vn.motcua.queue.kiosk.issue;

import io.vertx.core.Future;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Backend calls that must not be forgotten when the backend is unreachable (print outcomes, an
 * issue whose answer never came): kept here in order and sent again when it is back.
 */
public final class Outbox {
    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    /** @param call one attempt; a failure keeps the entry for the next flush */
    public record Entry(String description, Supplier<Future<?>> call) {
    }

    private final Deque<Entry> pending = new ArrayDeque<>();
    private boolean flushing;

    /** Tries the call now and keeps it if it fails. */
    public Future<Void> send(Entry entry) {
        return entry.call().get().<Void>mapEmpty().recover(failure -> {
            LOG.log(Level.WARNING, "{0} failed, kept for later: {1}", entry.description(), failure.getMessage());
            synchronized (this) {
                pending.addLast(entry);
            }
            return Future.failedFuture(failure);
        });
    }

    public synchronized int size() {
        return pending.size();
    }

    /** Sends the kept calls one after another, stopping at the first that fails again. */
    public void flush() {
        Entry next;
        synchronized (this) {
            if (flushing || pending.isEmpty()) {
                return;
            }
            flushing = true;
            next = pending.peekFirst();
        }
        next.call().get().onComplete(result -> {
            synchronized (this) {
                flushing = false;
                if (result.failed()) {
                    LOG.log(Level.WARNING, "{0} failed again: {1}", next.description(), result.cause().getMessage());
                    return;
                }
                pending.removeFirst();
                LOG.log(Level.INFO, "{0} sent", next.description());
            }
            flush();
        });
    }
}
