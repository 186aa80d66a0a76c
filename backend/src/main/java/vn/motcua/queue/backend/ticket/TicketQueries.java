package vn.motcua.queue.backend.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.core.numbering.ServiceDay;
import vn.motcua.queue.core.ticket.TicketStatus;

/** Ticket lists for staff. */
@ApplicationScoped
public class TicketQueries {

    @Inject
    CenterDirectory directory;
    @Inject
    TimeSource time;
    @Inject
    vn.motcua.queue.backend.security.Access access;

    @Transactional
    public List<Ticket> list(String centerCode, String status, String serviceCode, String date) {
        Center center = directory.center(centerCode);
        access.requireCenter(center);
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? ServiceDay.today(time.clock(), center.zone()) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter 'date' must be YYYY-MM-DD, got '" + date + "'");
        }
        StringBuilder q = new StringBuilder("centerId = ?1 and serviceDay = ?2");
        List<Object> params = new ArrayList<>(List.of(center.id, day));
        if (status != null && !status.isBlank()) {
            try {
                params.add(TicketStatus.valueOf(status.trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Query parameter 'status' must be one of "
                        + Arrays.toString(TicketStatus.values()) + ", got '" + status + "'");
            }
            q.append(" and status = ?").append(params.size());
        }
        if (serviceCode != null && !serviceCode.isBlank()) {
            Service service = directory.service(center, serviceCode);
            params.add(service.id);
            q.append(" and serviceId = ?").append(params.size());
        }
        q.append(" order by issuedAt, number");
        return Ticket.list(q.toString(), params.toArray());
    }
}
