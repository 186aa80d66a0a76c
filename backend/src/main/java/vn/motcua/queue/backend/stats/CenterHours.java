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

    /** Opening hours longer than this (a round-the-clock center, a demo) show only the span that has data. */
    static final int LONG_DAY_HOURS = 14;

    /**
     * From the hour of opening through the hour before closing ends, e.g. 07:30-17:00 gives 7..16, plus the
     * other hours with data. A center open longer than {@value #LONG_DAY_HOURS} hours gets the hours from the
     * first to the last that has data instead (its opening hours when there is none).
     */
    public static List<Integer> with(Center center, Collection<Integer> hoursWithData) {
        TreeSet<Integer> hours = new TreeSet<>(hoursWithData);
        LocalTime lastMoment = center.closesAt.minusNanos(1);
        int first = center.opensAt.getHour();
        int last = lastMoment.isBefore(center.opensAt) ? 23 : lastMoment.getHour();
        if (last - first + 1 > LONG_DAY_HOURS && !hours.isEmpty()) {
            first = hours.first();
            last = hours.last();
        }
        for (int h = first; h <= last; h++) {
            hours.add(h);
        }
        return List.copyOf(hours);
    }
}
