package vn.motcua.queue.backend.admin;

import static vn.motcua.queue.backend.admin.Validate.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.admin.AdminRequests.CounterRequest;
import vn.motcua.queue.backend.admin.AdminRequests.ProfileEntryRequest;
import vn.motcua.queue.backend.admin.AdminViews.CounterAdminView;
import vn.motcua.queue.backend.admin.AdminViews.ProfileEntryView;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.ticket.Ticket;

/** Creates, changes and removes counters and their work profiles. */
@ApplicationScoped
public class CounterAdmin {

    @Inject
    CenterDirectory directory;
    @Inject
    CenterChanges changes;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;

    @Transactional
    public List<CounterAdminView> list(String centerCode) {
        Center center = directory.center(centerCode);
        return Counter.ofCenter(center.id).stream().map(c -> view(c)).toList();
    }

    @Transactional
    public CounterAdminView create(String centerCode, CounterRequest r) {
        Center center = directory.center(centerCode);
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        int number = range(r.number(), "number", 1, 999);
        if (Counter.byNumber(center.id, number).isPresent()) {
            throw ProblemException.conflict("Counter " + number + " exists already in center " + center.code);
        }
        Counter c = new Counter();
        c.centerId = center.id;
        c.number = number;
        c.name = r.name() == null ? "Quầy số " + number : text(r.name(), "name", 100);
        c.status = CounterStatus.CLOSED;
        c.spokenName = spoken(r.spokenName());
        c.persist();
        setProfile(center, c, r.services() == null ? List.of() : r.services());
        audit.action("config.counter.create", center.id, c.number, "counter " + c.number, String.valueOf(r));
        changes.changed(center.id);
        return view(c);
    }

    @Transactional
    public CounterAdminView update(String centerCode, int number, CounterRequest r) {
        Center center = directory.center(centerCode);
        if (r == null) {
            throw ProblemException.badRequest("Send a JSON body");
        }
        Counter c = directory.counter(center, number);
        if (r.name() != null) {
            c.name = text(r.name(), "name", 100);
        }
        if (r.services() != null) {
            setProfile(center, c, r.services());
        }
        if (r.spokenName() != null) {
            c.spokenName = spoken(r.spokenName());
        }
        audit.action("config.counter.update", center.id, c.number, "counter " + c.number, String.valueOf(r));
        changes.changed(center.id);
        return view(c);
    }

    @Transactional
    public void delete(String centerCode, int number) {
        Center center = directory.center(centerCode);
        Counter c = directory.counter(center, number);
        if (Ticket.count("counterId", c.id) > 0) {
            throw ProblemException.conflict("Counter " + number + " has served tickets; close it instead");
        }
        CounterService.delete("counterId", c.id);
        c.delete();
        audit.action("config.counter.delete", center.id, number, "counter " + number, null);
        changes.changed(center.id);
    }

    private static String spoken(String name) {
        return name == null || name.isBlank() ? null : text(name, "spokenName", 100);
    }

    private void setProfile(Center center, Counter counter, List<ProfileEntryRequest> entries) {
        Map<String, Service> services = Service.ofCenter(center.id).stream()
                .collect(Collectors.toMap(s -> s.code, s -> s));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ProfileEntryRequest e = entries.get(i);
            String field = "services[" + i + "]";
            if (e == null || e.service() == null || !services.containsKey(e.service())) {
                throw ProblemException.badRequest("Field '" + field + ".service' must be a service code of center "
                        + center.code);
            }
            if (!seen.add(e.service())) {
                throw ProblemException.badRequest("Field '" + field + ".service' repeats " + e.service());
            }
            if (e.weight() != null) {
                positive(e.weight(), field + ".weight", 100);
            }
        }
        CounterService.delete("counterId", counter.id);
        CounterService.flush();
        for (int i = 0; i < entries.size(); i++) {
            CounterService cs = new CounterService();
            cs.counterId = counter.id;
            cs.serviceId = services.get(entries.get(i).service()).id;
            cs.weight = entries.get(i).weight() == null ? 1.0 : entries.get(i).weight();
            cs.sortOrder = i;
            cs.persist();
        }
    }

    static CounterAdminView view(Counter c) {
        Map<Long, String> codes = Service.ofCenter(c.centerId).stream().collect(Collectors.toMap(s -> s.id, s -> s.code));
        List<ProfileEntryView> profile = CounterService.ofCounter(c.id).stream()
                .map(cs -> new ProfileEntryView(codes.get(cs.serviceId), cs.weight)).toList();
        return new CounterAdminView(c.number, c.name, c.status, profile, c.spokenName);
    }
}
