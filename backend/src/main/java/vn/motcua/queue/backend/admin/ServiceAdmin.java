package vn.motcua.queue.backend.admin;

import static vn.motcua.queue.backend.admin.Validate.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.queue.backend.admin.AdminRequests.ServiceRequest;
import vn.motcua.queue.backend.admin.AdminViews.ServiceAdminView;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.ticket.Ticket;

/** Creates, changes and removes the services of a center. */
@ApplicationScoped
public class ServiceAdmin {

    @Inject
    CenterDirectory directory;
    @Inject
    CenterChanges changes;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;
    @Inject
    EventLog events;

    @Transactional
    public List<ServiceAdminView> list(String centerCode) {
        return Service.ofCenter(directory.center(centerCode).id).stream().map(ServiceAdmin::view).toList();
    }

    @Transactional
    public ServiceAdminView create(String centerCode, ServiceRequest r) {
        Center center = directory.center(centerCode);
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        String code = code(r.code(), "code");
        if (Service.byCode(center.id, code).isPresent()) {
            throw ProblemException.conflict("Service '" + code + "' exists already in center " + center.code);
        }
        Service s = new Service();
        s.centerId = center.id;
        s.code = code;
        s.targetWaitMinutes = 15;
        s.defaultServiceMinutes = 10;
        s.priorityMode = "STRICT";
        s.open = true;
        s.startNumber = 1;
        s.sortOrder = (int) Service.count("centerId", center.id) + 1;
        apply(center, s, r, true);
        s.meanServiceSeconds = s.defaultServiceMinutes * 60;
        s.persist();
        audit.action("config.service.create", center.id, null, s.code, null);
        changes.changed(center.id);
        return view(s);
    }

    @Transactional
    public ServiceAdminView update(String centerCode, String code, ServiceRequest r) {
        Center center = directory.center(centerCode);
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        Service s = directory.serviceLocked(center, code);
        double oldDefault = s.defaultServiceMinutes;
        apply(center, s, r, false);
        if (s.defaultServiceMinutes != oldDefault) {
            s.meanServiceSeconds = s.defaultServiceMinutes * 60; // a new configured average restarts the estimate
        }
        audit.action("config.service.update", center.id, null, s.code, String.valueOf(r));
        changes.changed(center.id);
        return view(s);
    }

    @Transactional
    public void delete(String centerCode, String code) {
        Center center = directory.center(centerCode);
        // the center's row first, as every change locks it (EventLog.lockCenter): a ticket being issued for this
        // service either committed before the count below or waits, then finds the service gone (404)
        events.lockCenter(center.id);
        Service s = directory.serviceLocked(center, code);
        if (Ticket.count("serviceId = ?1 or numberServiceId = ?1", s.id) > 0) {
            throw ProblemException.conflict("Service '" + code + "' has tickets; close it (open=false) instead");
        }
        CounterService.delete("serviceId", s.id);
        s.delete();
        audit.action("config.service.delete", center.id, null, code, null);
        changes.changed(center.id);
    }

    private static void apply(Center center, Service s, ServiceRequest r, boolean creating) {
        if (creating || r.name() != null) {
            s.name = text(r.name(), "name", 200);
        }
        if (creating || r.prefix() != null) {
            String prefix = prefix(r.prefix());
            if (Service.count("centerId = ?1 and prefix = ?2 and code <> ?3", center.id, prefix, s.code) > 0) {
                throw ProblemException.conflict("Prefix '" + prefix + "' is used by another service of center "
                        + center.code);
            }
            s.prefix = prefix;
        }
        if (r.targetWaitMinutes() != null) {
            s.targetWaitMinutes = range(r.targetWaitMinutes(), "targetWaitMinutes", 1, 480);
        }
        if (r.defaultServiceMinutes() != null) {
            s.defaultServiceMinutes = positive(r.defaultServiceMinutes(), "defaultServiceMinutes", 480);
        }
        if (r.priorityMode() != null) {
            s.priorityMode = priorityMode(r.priorityMode());
        }
        if (r.open() != null) {
            s.open = r.open();
        }
        if (r.startNumber() != null) {
            s.startNumber = range(r.startNumber(), "startNumber", 0, 99_999);
        }
        if (r.sortOrder() != null) {
            s.sortOrder = range(r.sortOrder(), "sortOrder", 0, 10_000);
        }
    }

    static ServiceAdminView view(Service s) {
        return new ServiceAdminView(s.code, s.name, s.prefix, s.targetWaitMinutes, s.defaultServiceMinutes,
                Math.round(s.meanServiceSeconds / 6.0) / 10.0, s.priorityMode, s.open, s.startNumber, s.sortOrder);
    }
}
