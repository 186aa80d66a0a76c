package vn.motcua.queue.backend.stats;

import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import vn.motcua.queue.backend.center.Center;

/** The hour columns of a center's statistics: its opening hours, plus any other hour that has data. */
public final class CenterHours {

    private CenterHours() {
    }

    /** From the hour of opening through the hour before closing ends, e.g. 07:30-17:00 gives 7..16. */
    public static List<Integer> with(Center center, Collection<Integer> hoursWithData) {
        TreeSet<Integer> hours = new TreeSet<>(hoursWithData);
        LocalTime lastMoment = center.closesAt.minusNanos(1);
        int last = lastMoment.isBefore(center.opensAt) ? 23 : lastMoment.getHour();
        for (int h = center.opensAt.getHour(); h <= last; h++) {
            hours.add(h);
        }
        return List.copyOf(hours);
    }
}
