package vn.motcua.queue.backend.clerk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.ticket.TicketView;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * What the clerk console shows for one counter: the counter, the ticket at it, the load of the services it
 * serves (counts only: a clerk never sees a pickable list) and the counter's day so far. {@code now} is the
 * server's time, so the page can run its timers without trusting the PC's clock.
 */
public record ConsoleView(CenterInfo center, CounterInfo counter, CurrentTicket currentTicket,
                          List<ServiceLoad> services, Today today, OffsetDateTime now) {

    public record CenterInfo(String code, String name, String timeZone) {
    }

    public record CounterInfo(int number, String name, CounterStatus status, String clerk, List<String> services) {
    }

    /**
     * The ticket at the counter. {@code waitedSeconds}: from issue to the call (how long the citizen waited);
     * {@code stepStartedAt}: when the current step began (the call while CALLED, the start while SERVING).
     */
    public record CurrentTicket(UUID id, String number, String service, String serviceName, Priority priority,
                                String priorityName, TicketStatus status, OffsetDateTime issuedAt,
                                OffsetDateTime calledAt, OffsetDateTime startedAt, int recalls, long waitedSeconds,
                                OffsetDateTime stepStartedAt) {
    }

    /**
     * A service of the counter's work profile: citizens waiting and the longest wait against the target.
     * {@code level}: OK, WARNING (longest wait at 80% of the target or more) or OVER (at the target or more).
     */
    public record ServiceLoad(String code, String name, long waiting, long longestWaitSeconds, int longestWaitMinutes,
                              int targetWaitMinutes, String level) {
    }

    /** This counter's day so far (center-local day), from the ticket event log. */
    public record Today(long served, Long averageServiceSeconds, long noShows) {
    }

    /** A center the signed-in staff member works for. */
    public record MyCenter(String code, String name) {
    }

    /** The answer of finish-and-next: the finished ticket, and the called one or null when nobody waits. */
    public record FinishAndNext(TicketView finished, TicketView called, String message) {
    }
}
