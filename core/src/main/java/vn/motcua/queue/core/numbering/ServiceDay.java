package vn.motcua.queue.core.numbering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The center-local day that a number series belongs to; never the JVM default zone. */
public final class ServiceDay {

    private ServiceDay() {
    }

    public static LocalDate of(Instant at, ZoneId centerZone) {
        return at.atZone(centerZone).toLocalDate();
    }

    public static LocalDate today(Clock clock, ZoneId centerZone) {
        return of(clock.instant(), centerZone);
    }
}
