package vn.motcua.queue.core.estimate;

import java.time.Instant;
import java.util.List;
import vn.motcua.queue.core.calling.ProfileEntry;

/**
 * An open counter at estimation time.
 *
 * @param freeAt when it will call its next ticket: now when idle, else now + the current citizen's
 *               remaining service time (see {@link WaitEstimator#remaining})
 */
public record CounterSnapshot(String id, List<ProfileEntry> profile, Instant freeAt) {

    public CounterSnapshot {
        profile = List.copyOf(profile);
    }
}
