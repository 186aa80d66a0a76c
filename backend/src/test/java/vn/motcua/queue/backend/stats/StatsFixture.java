package vn.motcua.queue.backend.stats;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.history.HistoryTicket;
import vn.motcua.queue.backend.history.HistoryWriter;
import vn.motcua.queue.core.numbering.TicketNumbers;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Writes hand-made past tickets (ticket rows and their event log) for statistics tests, at exact center-local
 * times, through the same writer as the history generator; and makes centers with office hours.
 */
@ApplicationScoped
public class StatsFixture {

    /** One ticket: issued at a local time; called after {@code waitMinutes} (null: cancelled while waiting). */
    public record Spec(String service, LocalDateTime issued, Double waitMinutes, Double serviceMinutes,
                       TicketStatus status) {

        public static Spec done(String service, LocalDateTime issued, double waitMinutes, double serviceMinutes) {
            return new Spec(service, issued, waitMinutes, serviceMinutes, TicketStatus.DONE);
        }

        public static Spec noShow(String service, LocalDateTime issued, double waitMinutes) {
            return new Spec(service, issued, waitMinutes, null, TicketStatus.NO_SHOW);
        }

        public static Spec cancelled(String service, LocalDateTime issued, double afterMinutes) {
            return new Spec(service, issued, afterMinutes, null, TicketStatus.CANCELLED);
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    HistoryWriter writer;

    /** A center in Asia/Ho_Chi_Minh open 07:30-17:00 on the given days (e.g. "1,2,3,4,5"). */
    public static String center(String prefix, String openDays) {
        String code = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test " + code, "timeZone", ZONE.getId(), "opensAt", "07:30",
                        "closesAt", "17:00", "openDays", openDays, "callingPolicy", "FIFO"))
                .post("/api/admin/centers").then().statusCode(201);
        return code;
    }

    public static void service(String center, String code, String prefix, int target, double minutes) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Dịch vụ " + code, "prefix", prefix, "targetWaitMinutes", target,
                        "defaultServiceMinutes", minutes, "priorityMode", "STRICT"))
                .post("/api/admin/centers/{c}/services", center).then().statusCode(201);
    }

    /** A counter with a weighted work profile: service code, weight, service code, weight, ... */
    public static void counter(String center, int number, Object... profile) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < profile.length; i += 2) {
            entries.add(Map.of("service", profile[i], "weight", profile[i + 1]));
        }
        given().contentType(ContentType.JSON).body(Map.of("number", number, "services", entries))
                .post("/api/admin/centers/{c}/counters", center).then().statusCode(201);
    }

    /** Writes the tickets, all served at counter 1 (which need not exist), numbered per service and day. */
    @Transactional
    public void write(String centerCode, List<Spec> specs) {
        Center center = Center.byCode(centerCode).orElseThrow();
        Long counterId = Counter.byNumber(center.id, 1).map(c -> c.id).orElse(null);
        Map<String, Integer> sequence = new HashMap<>();
        List<HistoryTicket> tickets = new ArrayList<>();
        for (Spec s : specs) {
            Service service = Service.byCode(center.id, s.service()).orElseThrow();
            int n = sequence.merge(s.service() + "/" + s.issued().toLocalDate(), 1, Integer::sum);
            Instant issued = s.issued().atZone(ZONE).toInstant();
            Instant called = s.status() == TicketStatus.CANCELLED ? null : plus(issued, s.waitMinutes());
            Instant finished = switch (s.status()) {
                case DONE -> plus(called, s.serviceMinutes());
                case NO_SHOW -> called.plusSeconds(120);
                default -> plus(issued, s.waitMinutes());
            };
            tickets.add(new HistoryTicket(UUID.randomUUID(), service.id, service.code,
                    TicketNumbers.format(service.prefix, n), s.issued().toLocalDate(), Priority.NONE, s.status(),
                    issued, called, s.status() == TicketStatus.DONE ? called : null, finished,
                    called == null ? null : counterId, called == null ? null : 1));
        }
        writer.write(center.id, new HistoryWriter.Issuer("kiosk-test", null), tickets);
    }

    private static Instant plus(Instant at, double minutes) {
        return at.plus(Duration.ofMillis(Math.round(minutes * 60_000)));
    }
}
