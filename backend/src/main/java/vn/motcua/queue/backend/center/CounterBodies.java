package vn.motcua.queue.backend.center;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.queue.backend.ticket.Ticket;

/** A counter as the public event stream shows it: number, name, status, services, current ticket. */
public final class CounterBodies {

    private CounterBodies() {
    }

    public static Map<String, Object> of(Counter c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number);
        m.put("name", c.name);
        m.put("status", c.status.name());
        List<String> services = CounterService.ofCounter(c.id).stream()
                .map(cs -> Service.<Service>findById(cs.serviceId).code).toList();
        m.put("services", services);
        Optional<Ticket> current = Ticket.activeAt(c.id);
        m.put("currentTicket", current.map(t -> {
            Map<String, Object> ticket = new LinkedHashMap<>();
            ticket.put("id", t.id.toString());
            ticket.put("number", t.number);
            ticket.put("service", Service.<Service>findById(t.serviceId).code);
            ticket.put("status", t.status.name());
            return ticket;
        }).orElse(null));
        return m;
    }
}
