package vn.motcua.queue.backend.common;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs work only once the current transaction has committed (a rolled-back change does nothing). */
@ApplicationScoped
public class AfterCommit {

    @Inject
    TransactionSynchronizationRegistry registry;

    public void run(Runnable action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        Log.warn("After-commit action failed", e);
                    }
                }
            }
        });
    }
}
