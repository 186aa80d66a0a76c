package vn.motcua.queue.simulator.citizens;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.queue.core.ticket.Priority;

/**
 * One citizen of a simulated day, with everything chance decides about them drawn up front, so that every
 * calling policy run on the same seed meets exactly the same citizens (common random numbers).
 *
 * @param serviceTime         time at the counter for the first service
 * @param transferTo          the service they are sent on to after it, or null
 * @param transferServiceTime time at the counter for that second service
 */
public record Citizen(String service, Instant arrival, Priority priority, boolean noShow, Duration serviceTime,
                      String transferTo, Duration transferServiceTime) {

    public boolean transfers() {
        return transferTo != null;
    }
}
