package vn.motcua.queue.backend.stats;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.queue.backend.center.CounterStatus;

/** The body of {@code GET /api/centers/{center}/stats/live}: today's figures of a center, as the dashboard shows them. */
public record LiveStatsView(String center, OffsetDateTime at, List<ServiceLine> services, List<CounterLine> counters,
                            List<DeviceLine> devices, List<Alert> alerts) {

    /** How a service stands against its target wait. */
    public enum Level { OK, WARN, OVER }

    public enum AlertKind { SERVICE_OVER_TARGET, COUNTER_IDLE, PRINTER_PROBLEM, DEVICE_OFFLINE }

    public enum Severity { WARN, CRITICAL }

    /**
     * One service today: who waits now (longest since joining the line), the estimate for a new ticket, and the
     * tickets issued today for it (served, within target).
     */
    public record ServiceLine(String code, String name, boolean open, long waiting, Double longestWaitMinutes,
                              Double estimatedWaitMinutes, int targetWaitMinutes, long servedToday,
                              Double withinTargetPercent, Level level) {
    }

    /** The CALLED or SERVING ticket of a counter, and for how long it has been in that state. */
    public record CurrentTicket(String number, String service, String status, double sinceMinutes) {
    }

    public record CounterLine(int number, String name, CounterStatus status, String clerk, CurrentTicket currentTicket,
                              long servedToday, Double avgServiceMinutes) {
    }

    /** A kiosk or display: its last heartbeat as reported ({@code details} is the JSON it sent). */
    public record DeviceLine(String code, String kind, String name, String status, String details,
                             OffsetDateTime lastHeartbeatAt, boolean online) {
    }

    /** {@code message} is the Vietnamese sentence, {@code messageEn} the same in English. */
    public record Alert(AlertKind kind, Severity severity, String service, Integer counter, String device,
                        String message, String messageEn) {
    }
}
