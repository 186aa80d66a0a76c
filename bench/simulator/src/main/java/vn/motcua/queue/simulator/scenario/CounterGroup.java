package vn.motcua.queue.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.queue.core.calling.ProfileEntry;

/**
 * {@code count} counters that share a work profile and break times, e.g. three land-registry counters.
 * Counter ids are the group id followed by 1..count (just the group id when count is 1).
 */
public record CounterGroup(String id, int count, List<ProfileEntry> profile, List<TimeWindow> breaks) {

    public CounterGroup {
        profile = List.copyOf(profile);
        breaks = List.copyOf(breaks);
        if (count < 0) {
            throw new IllegalArgumentException("counter count must not be negative for " + id);
        }
        if (profile.isEmpty()) {
            throw new IllegalArgumentException("counter group " + id + " serves no service");
        }
    }

    public List<String> counterIds() {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(count == 1 ? id : id + i);
        }
        return ids;
    }

    public CounterGroup withCount(int newCount) {
        return new CounterGroup(id, newCount, profile, breaks);
    }

    public boolean serves(String service) {
        return profile.stream().anyMatch(e -> e.service().equals(service));
    }
}
