package vn.motcua.queue.backend.history;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A center as the history simulation sees it: opening hours, services with their arrival rates, counters. */
record SimCenter(String code, ZoneId zone, LocalTime opensAt, LocalTime closesAt, List<SimService> services,
                 List<SimCounter> counters) {

    /**
     * A service: {@code peakPerHour} = arrivals per hour in the busiest half hour of a Wednesday,
     * {@code meanMinutes} = its mean service time.
     */
    record SimService(long id, String code, String prefix, int startNumber, double meanMinutes, double peakPerHour) {
    }

    /**
     * A counter: the services of its work profile and how fast its clerk is ({@code 1.1} = 10% slower than the
     * service's mean).
     */
    record SimCounter(long id, int number, List<Long> serviceIds, double pace) {
    }
}
