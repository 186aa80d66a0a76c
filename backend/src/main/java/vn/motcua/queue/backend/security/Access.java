package vn.motcua.queue.backend.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.ticket.TicketAction;

/**
 * What the caller of this request may do beyond its role: staff act only for their centers (ADMIN for all),
 * a device only for its own center, and a clerk only at the counter they signed in to.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    public String actorName() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isDevice() {
        return identity.getAttribute(Roles.ATTR_DEVICE_ID) != null;
    }

    public boolean isStaff() {
        return has(Roles.ADMIN) || has(Roles.SUPERVISOR) || has(Roles.CLERK);
    }

    public Long deviceId() {
        return identity.getAttribute(Roles.ATTR_DEVICE_ID);
    }

    /** 403 unless the caller may act for this center. */
    public void requireCenter(Center center) {
        if (has(Roles.ADMIN)) {
            return;
        }
        if (isDevice()) {
            if (!center.id.equals(identity.getAttribute(Roles.ATTR_DEVICE_CENTER))) {
                throw ProblemException.forbidden("This device belongs to another center than " + center.code);
            }
            return;
        }
        Set<Long> centers = identity.getAttribute(Roles.ATTR_CENTERS);
        if (centers == null || !centers.contains(center.id)) {
            throw ProblemException.forbidden("You are not assigned to center " + center.code);
        }
    }

    /** For call next, pause and close: a clerk only at the counter they signed in to. */
    public void requireCounter(Center center, Counter counter) {
        requireCenter(center);
        if (isClerkOnly() && !actorName().equals(counter.clerk)) {
            throw ProblemException.forbidden(counter.clerk == null
                    ? "Sign in to counter " + counter.number + " first (open it)"
                    : "Counter " + counter.number + " is signed in by another clerk");
        }
    }

    /** For an action on a ticket: a clerk only on tickets at their counter, and never cancel. */
    public void requireTicketAction(Center center, Ticket ticket, Counter ticketCounter, TicketAction action) {
        requireCenter(center);
        if (!isClerkOnly()) {
            return;
        }
        if (action == TicketAction.CANCEL) {
            throw ProblemException.forbidden("Only a supervisor may cancel a waiting ticket");
        }
        if (ticketCounter == null || !actorName().equals(ticketCounter.clerk)) {
            throw ProblemException.forbidden("Ticket " + ticket.number + " is not at your counter");
        }
    }

    /** A clerk and nothing more (supervisors and admins act for the whole center). */
    public boolean isClerkOnly() {
        return has(Roles.CLERK) && !has(Roles.SUPERVISOR) && !has(Roles.ADMIN);
    }
}
