package vn.motcua.queue.backend.admin;

import static vn.motcua.queue.backend.admin.Validate.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.queue.backend.admin.AdminRequests.CenterRequest;
import vn.motcua.queue.backend.admin.AdminViews.CenterAdminView;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.PolicyKind;

/** Creates, changes and removes centers. */
@ApplicationScoped
public class CenterAdmin {

    @Inject
    CenterDirectory directory;
    @Inject
    CenterChanges changes;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;

    @Transactional
    public List<CenterAdminView> list() {
        return Center.<Center>list("order by code").stream().map(CenterAdmin::view).toList();
    }

    @Transactional
    public CenterAdminView get(String code) {
        return view(directory.center(code));
    }

    @Transactional
    public CenterAdminView create(CenterRequest r) {
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        String code = code(r.code(), "code");
        if (Center.byCode(code).isPresent()) {
            throw ProblemException.conflict("Center '" + code + "' exists already");
        }
        Center c = new Center();
        c.code = code;
        c.timeZone = "Asia/Ho_Chi_Minh";
        c.opensAt = java.time.LocalTime.of(7, 30);
        c.closesAt = java.time.LocalTime.of(17, 0);
        c.openDays = "1,2,3,4,5";
        c.callingPolicy = PolicyKind.DEADLINE;
        c.deadlineCap = CallingPolicies.DEFAULT_CAP;
        c.rejoinMinutes = 15;
        apply(c, r, true);
        c.persist();
        audit.action("config.center.create", c.id, null, c.code, null);
        return view(c);
    }

    @Transactional
    public CenterAdminView update(String code, CenterRequest r) {
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        Center c = directory.center(code);
        apply(c, r, false);
        audit.action("config.center.update", c.id, null, c.code, String.valueOf(r));
        changes.changed(c.id);
        return view(c);
    }

    @Transactional
    public void delete(String code) {
        // the center's row first, as every change locks it (EventLog.lockCenter): a ticket issued meanwhile either
        // committed before (then the count below refuses) or waits and finds the center gone
        Center c = directory.centerLocked(code);
        if (Ticket.count("centerId", c.id) > 0) {
            throw ProblemException.conflict("Center '" + code + "' has tickets; it cannot be removed");
        }
        Center.getEntityManager().createQuery("delete from CounterService cs where cs.counterId in "
                + "(select k.id from Counter k where k.centerId = ?1)").setParameter(1, c.id).executeUpdate();
        Center.getEntityManager().createQuery("delete from Counter k where k.centerId = ?1")
                .setParameter(1, c.id).executeUpdate();
        Center.getEntityManager().createQuery("delete from Device d where d.centerId = ?1")
                .setParameter(1, c.id).executeUpdate();
        Center.getEntityManager().createQuery("delete from Service s where s.centerId = ?1")
                .setParameter(1, c.id).executeUpdate();
        audit.action("config.center.delete", null, null, c.code, null);
        c.delete();
    }

    private static void apply(Center c, CenterRequest r, boolean creating) {
        if (creating || r.name() != null) {
            c.name = text(r.name(), "name", 200);
        }
        if (r.address() != null) {
            c.address = r.address().isBlank() ? null : text(r.address(), "address", 300);
        }
        if (r.timeZone() != null) {
            c.timeZone = zone(r.timeZone());
        }
        if (r.opensAt() != null) {
            c.opensAt = time(r.opensAt(), "opensAt");
        }
        if (r.closesAt() != null) {
            c.closesAt = time(r.closesAt(), "closesAt");
        }
        if (!c.opensAt.isBefore(c.closesAt)) {
            throw ProblemException.badRequest("Field 'closesAt' must be after 'opensAt'");
        }
        if (r.openDays() != null) {
            c.openDays = days(r.openDays());
        }
        if (r.callingPolicy() != null) {
            c.callingPolicy = r.callingPolicy();
        }
        if (r.deadlineCap() != null) {
            if (!(r.deadlineCap() >= 1.0 && r.deadlineCap() <= 10)) {
                throw ProblemException.badRequest("Field 'deadlineCap' must be from 1 to 10");
            }
            c.deadlineCap = r.deadlineCap();
        }
        if (r.rejoinMinutes() != null) {
            c.rejoinMinutes = range(r.rejoinMinutes(), "rejoinMinutes", 0, 240);
        }
    }

    static CenterAdminView view(Center c) {
        return new CenterAdminView(c.code, c.name, c.address, c.timeZone, c.opensAt.toString(), c.closesAt.toString(),
                c.openDays, c.callingPolicy, c.deadlineCap, c.rejoinMinutes);
    }
}
