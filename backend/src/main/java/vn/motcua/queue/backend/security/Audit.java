package vn.motcua.queue.backend.security;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.motcua.queue.backend.audit.AuditEntry;
import vn.motcua.queue.backend.common.TimeSource;

/**
 * Writes the append-only audit log: who (user or device, role), where (center, counter), what, when,
 * from which address. Actions are written in the transaction of the change they describe, so an action
 * that was rolled back leaves no audit line; login attempts are written on their own.
 */
@ApplicationScoped
public class Audit {

    @Inject
    Instance<SecurityIdentity> identity;
    @Inject
    Instance<CurrentVertxRequest> request;
    @Inject
    TimeSource time;

    /** An action in the current transaction. */
    public void action(String action, Long centerId, Integer counterNumber, String target, String detail) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = time.now();
        SecurityIdentity id = currentIdentity();
        e.actor = id == null ? "system" : id.isAnonymous() ? "anonymous" : id.getPrincipal().getName();
        e.role = id == null || id.getRoles().isEmpty() ? null : id.getRoles().iterator().next();
        e.centerId = centerId;
        e.counterNumber = counterNumber;
        e.action = action;
        e.target = truncate(target, 200);
        e.detail = truncate(detail, 1000);
        e.clientAddress = clientAddress();
        e.persist();
    }

    /** A login attempt, in its own transaction (a failed login changes nothing else). */
    public void login(String username, String role, boolean ok, String via) {
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEntry e = new AuditEntry();
            e.occurredAt = time.now();
            e.actor = truncate(username == null ? "" : username, 100);
            e.role = role;
            e.action = ok ? "login" : "login_failed";
            e.detail = via;
            e.clientAddress = clientAddress();
            e.persist();
        });
        if (!ok) {
            Log.infof("login failed for user=%s via %s from %s", username, via, clientAddress());
        }
    }

    private SecurityIdentity currentIdentity() {
        try {
            return identity.isResolvable() ? identity.get() : null;
        } catch (ContextNotActiveException e) {
            return null; // a scheduled job: no request, no identity
        }
    }

    private String clientAddress() {
        try {
            if (request.isResolvable() && request.get().getCurrent() != null) {
                var address = request.get().getCurrent().request().remoteAddress();
                return address == null ? null : address.host();
            }
        } catch (ContextNotActiveException e) {
            // no request
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
