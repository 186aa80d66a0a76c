package vn.motcua.queue.simulator.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One simulated day: every ticket's outcome and every counter's usage. */
public record DayResult(String scenario, String policy, long seed, LocalDate serviceDay, Instant closeAt,
                        List<TicketOutcome> tickets, List<CounterUsage> counters) {

    public DayResult {
        tickets = List.copyOf(tickets);
        counters = List.copyOf(counters);
    }
}
