package vn.motcua.queue.backend.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.common.DateRange;
import vn.motcua.queue.backend.security.Access;

/** Reads the audit log of one center. */
@ApplicationScoped
public class AuditQueries {

    /** An audit entry in the center's time zone. */
    public record AuditView(OffsetDateTime at, String actor, String role, Integer counter, String action,
                            String target, String detail, String clientAddress) {
    }

    @Inject
    CenterDirectory directory;
    @Inject
    Access access;

    @Transactional
    public List<AuditView> list(String centerCode, String from, String to, String actor, String action,
                                Integer limit) {
        Center center = directory.center(centerCode);
        access.requireCenter(center);
        StringBuilder q = new StringBuilder("centerId = ?1");
        List<Object> params = new ArrayList<>(List.of(center.id));
        if (from != null && !from.isBlank()) {
            params.add(DateRange.day(from, "from").atStartOfDay(center.zone()).toInstant());
            q.append(" and occurredAt >= ?").append(params.size());
        }
        if (to != null && !to.isBlank()) {
            params.add(DateRange.day(to, "to").plusDays(1).atStartOfDay(center.zone()).toInstant());
            q.append(" and occurredAt < ?").append(params.size());
        }
        if (actor != null && !actor.isBlank()) {
            params.add(actor);
            q.append(" and actor = ?").append(params.size());
        }
        if (action != null && !action.isBlank()) {
            params.add(action);
            q.append(" and action = ?").append(params.size());
        }
        q.append(" order by id desc");
        int max = limit == null ? 500 : Math.max(1, Math.min(limit, 5000));
        return AuditEntry.<AuditEntry>find(q.toString(), params.toArray()).page(0, max).list().stream()
                .map(e -> new AuditView(e.occurredAt.atZone(center.zone()).toOffsetDateTime(), e.actor, e.role,
                        e.counterNumber, e.action, e.target, e.detail, e.clientAddress)).toList();
    }

    @Transactional
    public List<AuditView> all(String actor, String action, Integer limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            params.add(actor);
            q.append(" and actor = ?").append(params.size());
        }
        if (action != null && !action.isBlank()) {
            params.add(action);
            q.append(" and action = ?").append(params.size());
        }
        q.append(" order by id desc");
        int max = limit == null ? 500 : Math.max(1, Math.min(limit, 5000));
        return AuditEntry.<AuditEntry>find(q.toString(), params.toArray()).page(0, max).list().stream()
                .map(e -> new AuditView(e.occurredAt.atOffset(java.time.ZoneOffset.UTC), e.actor, e.role,
                        e.counterNumber, e.action, e.target, e.detail, e.clientAddress)).toList();
    }
}
