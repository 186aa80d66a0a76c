package vn.motcua.queue.display.hall;

import java.util.List;

/** One counter: OPEN, PAUSED or CLOSED, and the ticket at it (null when none). */
public record CounterView(int number, String name, String status, List<String> services, TicketRef current) {
    public CounterView {
        services = List.copyOf(services);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    CounterView withCurrent(TicketRef ticket) {
        return new CounterView(number, name, status, services, ticket);
    }
}
