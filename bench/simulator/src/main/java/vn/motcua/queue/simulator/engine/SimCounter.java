package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.core.calling.ProfileEntry;

/** A counter's mutable state: free, busy with a ticket, or on a break. */
final class SimCounter {

    final String id;
    final List<ProfileEntry> profile;
    final Duration openTime;
    SimTicket current;
    String currentService;
    Instant calledAt;
    Instant startedAt;
    Instant idleSince;
    boolean onBreak;
    Instant pendingBreakEnd;
    long busyMillis;
    final Map<String, Long> busyMillisByService = new HashMap<>();

    SimCounter(String id, List<ProfileEntry> profile, Duration openTime, Instant openAt) {
        this.id = id;
        this.profile = profile;
        this.openTime = openTime;
        this.idleSince = openAt;
    }

    boolean busy() {
        return current != null;
    }

    boolean serves(String service) {
        return profile.stream().anyMatch(e -> e.service().equals(service));
    }
}
