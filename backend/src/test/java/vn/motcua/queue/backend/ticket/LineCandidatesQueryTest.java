package vn.motcua.queue.backend.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * The database's line candidates ({@link Ticket#lineCandidates}, five LIMIT 1 queries per service) are exactly the
 * core's {@link ServiceQueue#candidates} over the whole line read from the same rows, at many moments: lines
 * with late and in-time tickets, several priority kinds, transferred tickets (front, issued long before),
 * rejoined tickets (queued after younger ones), tickets issued in the same millisecond, and tickets of other
 * states that must not count.
 */
@QuarkusTest
class LineCandidatesQueryTest {

    private static final Instant OPEN = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void theDatabaseSelectsTheSameCandidatesAsTheCoreOverTheWholeLine() {
        TestCenter c = TestCenter.create("CAND").service("A", "A", 15, 10, "STRICT").service("B", "B", 30, 10, "ALTERNATE 2");
        Random random = new Random(7);
        Map<Long, ServiceRule> rules = QuarkusTransaction.requiringNew().call(() -> {
            Center center = Center.byCode(c.code).orElseThrow();
            List<Service> services = Service.ofCenter(center.id);
            for (Service s : services) {
                for (int i = 0; i < 300; i++) {
                    ticket(center.id, s, i, random).persist();
                }
            }
            return services.stream().collect(Collectors.toMap(s -> s.id, Service::rule));
        });

        int beyondHeads = 0;
        // from the last issue (four hours after opening) on: the newest tickets are within their targets for a while
        for (int second = 0; second <= 40 * 60; second += 30) {
            Instant now = OPEN.plus(Duration.ofHours(4)).plusSeconds(second).plusMillis(random.nextInt(1000));
            Map<Long, List<WaitingTicket>> fromDatabase = QuarkusTransaction.requiringNew()
                    .call(() -> Ticket.lineCandidates(rules, now));
            Map<Long, String> codes = rules.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().code()));
            Map<Long, List<WaitingTicket>> lines = QuarkusTransaction.requiringNew()
                    .call(() -> Ticket.waitingLines(List.copyOf(rules.keySet()), codes));
            for (var e : rules.entrySet()) {
                List<WaitingTicket> line = new ArrayList<>(lines.get(e.getKey()));
                line.sort(ServiceQueue.LINE_ORDER);
                List<WaitingTicket> expected = ServiceQueue.candidates(line, e.getValue().targetWait(), now);
                assertThat(fromDatabase.get(e.getKey())).as("service %s at %s", e.getValue().code(), now)
                        .containsExactlyElementsOf(expected);
                beyondHeads += expected.size() >= 4 ? 1 : 0;
            }
        }
        assertThat(beyondHeads).as("lines with four or five candidates (more than the heads)").isGreaterThan(40);
    }

    /** A ticket issued in the first four hours; a fifth are not waiting, some transferred or rejoined, ties on purpose. */
    private static Ticket ticket(Long centerId, Service service, int n, Random random) {
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.centerId = centerId;
        t.serviceId = service.id;
        t.numberServiceId = service.id;
        t.serviceDay = LocalDate.of(2026, 3, 2);
        t.number = service.prefix + (100 + n);
        Priority[] priorities = Priority.values();
        t.priority = random.nextInt(4) == 0 ? priorities[1 + random.nextInt(priorities.length - 1)] : Priority.NONE;
        t.channel = Channel.KIOSK;
        t.status = random.nextInt(5) == 0 ? TicketStatus.DONE : TicketStatus.WAITING;
        // whole seconds most of the time, so that some tickets share their issue time
        t.issuedAt = OPEN.plusSeconds(random.nextInt(4 * 3600)).plusMillis(random.nextInt(3) == 0 ? random.nextInt(1000) : 0);
        t.queuedAt = t.issuedAt;
        int kind = random.nextInt(10);
        if (kind <= 1) {
            t.queuedAt = t.issuedAt.plusSeconds(random.nextInt(3600));
            t.front = kind == 0; // 0: transferred in (front of the line); 1: rejoined after a no-show
        }
        return t;
    }
}
