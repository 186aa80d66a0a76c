package vn.motcua.queue.backend.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.ticket.Ticket;

/** Builds the JSON bodies of public events. Never a phone number or any other personal data. */
public final class EventBodies {

    private EventBodies() {
    }

    public static Map<String, Object> ticket(Ticket t, Service service, Counter counter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id.toString());
        m.put("number", t.number);
        m.put("service", service.code);
        m.put("serviceName", service.name);
        m.put("priority", t.priority.name());
        m.put("status", t.status.name());
        m.put("counter", counter == null ? null : counter.number);
        return m;
    }

    public static Map<String, Object> counter(Counter c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number);
        m.put("name", c.name);
        return m;
    }

    public static Map<String, Object> waiting(Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code);
        m.put("waiting", s.waitingCount);
        return m;
    }

    /** The body of a ticket.* event: the ticket, the counter when there is one, the service's waiting count. */
    public static Map<String, Object> ticketEvent(Ticket t, Service service, Counter counter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ticket", ticket(t, service, counter));
        if (counter != null) {
            body.put("counter", counter(counter));
        }
        body.put("services", List.of(waiting(service)));
        return body;
    }

    /** ticket.called and ticket.recalled also carry the announcement text. */
    public static Map<String, Object> callEvent(Ticket t, Service service, Counter counter) {
        Map<String, Object> body = ticketEvent(t, service, counter);
        body.put("announcement", Map.of("text", Announcements.call(t.number, counter)));
        return body;
    }
}
