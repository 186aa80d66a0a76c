package vn.motcua.queue.backend.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.common.DateRange;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.security.Access;
import vn.motcua.queue.core.numbering.ServiceDay;

/**
 * The center a statistics or report request is about: 404 when unknown, 403 when the caller is not of it, both before
 * any query parameter is looked at; and today in its calendar.
 */
@ApplicationScoped
public class StatsScope {

    @Inject
    CenterDirectory directory;
    @Inject
    Access access;
    @Inject
    TimeSource time;

    public Center center(String code) {
        Center center = directory.center(code);
        access.requireCenter(center);
        return center;
    }

    public LocalDate today(Center center) {
        return ServiceDay.of(time.now(), center.zone());
    }

    /** The days of query parameters {@code from} and {@code to}, defaulting to the four weeks up to today. */
    public DateRange range(Center center, String from, String to) {
        return DateRange.parse(from, to, today(center));
    }
}
