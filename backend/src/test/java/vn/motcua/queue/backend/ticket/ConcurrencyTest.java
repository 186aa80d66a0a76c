package vn.motcua.queue.backend.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.core.numbering.TicketNumbers;

/** Many kiosks and counters at once: no duplicate number, no gap, no ticket called twice. */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void twentyKiosksIssuingFiftyEachGetNumbersOneToThousandWithoutDuplicateOrGap() throws Exception {
        TestCenter center = TestCenter.create("CONC").service("S", "A");
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        runConcurrently(20, thread -> {
            for (int i = 0; i < 50; i++) {
                numbers.add(center.issue("S").then().statusCode(201).extract().<String>path("number"));
            }
            return null;
        });
        assertThat(numbers).hasSize(1000).doesNotHaveDuplicates();
        assertThat(numbers.stream().map(TicketNumbers::sequenceOf).sorted().toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1000).boxed().toList());
        List<String> stored = given().get("/api/centers/{c}/tickets?service=S", center.code)
                .then().statusCode(200).extract().path("number");
        assertThat(stored).hasSize(1000).doesNotHaveDuplicates();
    }

    @Test
    void tenCountersCallingAtOnceCallEveryTicketExactlyOnce() throws Exception {
        TestCenter center = TestCenter.create("CALL").service("S", "A").service("T", "B");
        for (int k = 1; k <= 10; k++) {
            center.counter(k, k % 2 == 0 ? new String[]{"S", "T"} : new String[]{"T", "S"});
        }
        for (int i = 0; i < 200; i++) {
            center.issue(i % 3 == 0 ? "T" : "S").then().statusCode(201);
        }
        List<String> called = Collections.synchronizedList(new ArrayList<>());
        runConcurrently(10, counterIndex -> {
            int counter = counterIndex + 1;
            while (true) {
                Response r = center.next(counter);
                if (r.statusCode() == 204) {
                    return null;
                }
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
                String id = r.path("id");
                called.add(id);
                TestCenter.act(id, "start").then().statusCode(200);
                TestCenter.act(id, "finish").then().statusCode(200);
            }
        });
        assertThat(called).hasSize(200).doesNotHaveDuplicates();
        List<String> statuses = given().get("/api/centers/{c}/tickets", center.code).then().extract().path("status");
        assertThat(statuses).hasSize(200).containsOnly("DONE");
    }

    @Test
    void anIdempotencyKeyRepeatedFromFiveThreadsIssuesOneTicket() throws Exception {
        TestCenter center = TestCenter.create("IDEM").service("S", "A");
        String key = "press-" + System.nanoTime();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        runConcurrently(5, thread -> {
            Response r = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", center.code);
            statuses.add(r.statusCode());
            ids.add(r.path("id"));
            return null;
        });
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200, 200);
        assertThat(given().get("/api/centers/{c}/tickets", center.code).then().extract().<List<?>>path("id"))
                .hasSize(1);
    }

    /**
     * Every kind of change at once, each taking its locks in the one order (center, services by id, counter):
     * kiosks issuing, counters calling with finish-and-next or start/finish, transfers between services, and a
     * counter paused and opened again and again. No request fails (no deadlock, no lock timeout), every ticket
     * ends DONE, no ticket is called twice in the same service, and the center's event seqs have no gap.
     */
    @Test
    void issuingCallingTransferringAndCounterChangesAtOnceNeverDeadlock() throws Exception {
        TestCenter center = TestCenter.create("MIX").service("S", "A").service("T", "B").service("U", "C");
        String[][] profiles = {{"S", "T"}, {"T", "U"}, {"U", "S"}, {"S"}, {"T"}, {"U", "T", "S"}};
        for (int k = 0; k < profiles.length; k++) {
            center.counter(k + 1, profiles[k]);
        }
        center.counter(7, "S", "T", "U");
        given().post("/api/centers/{c}/counters/7/pause", center.code).then().statusCode(200);
        String[] services = {"S", "T", "U"};
        for (int i = 0; i < 30; i++) {
            center.issue(services[i % 3]).then().statusCode(201);
        }
        java.util.concurrent.atomic.AtomicInteger kiosksLeft = new java.util.concurrent.atomic.AtomicInteger(3);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger busy = new java.util.concurrent.atomic.AtomicInteger();
        int counters = profiles.length;
        runConcurrently(3 + counters + 1, thread -> {
            if (thread < 3) { // kiosks
                try {
                    for (int i = 0; i < 30; i++) {
                        expect(center.issue(services[(thread + i) % 3]), 201, failures);
                    }
                } finally {
                    kiosksLeft.decrementAndGet();
                }
            } else if (thread < 3 + counters) { // clerks
                int counter = thread - 2;
                int served = 0;
                while (true) {
                    // a clerk counts as busy from before its call until its citizen is finished or transferred,
                    // so that no clerk leaves while another may still transfer a ticket into its line
                    busy.incrementAndGet();
                    Response r = center.next(counter);
                    if (r.statusCode() == 204) {
                        busy.decrementAndGet();
                        if (kiosksLeft.get() == 0 && busy.get() == 0 && nobodyWaits(center.code)) {
                            return null;
                        }
                        Thread.sleep(5);
                        continue;
                    }
                    if (!expect(r, 200, failures)) {
                        return null;
                    }
                    String id = r.path("id");
                    String service = r.path("service");
                    expect(TestCenter.act(id, "start"), 200, failures);
                    served++;
                    boolean neverMoved = r.<String>path("number").charAt(0) == "ABC".charAt(
                            java.util.Arrays.asList(services).indexOf(service));
                    if (served % 4 == 0 && neverMoved) { // at most one transfer per ticket
                        String other = services[(java.util.Arrays.asList(services).indexOf(service) + 1) % 3];
                        expect(given().contentType(ContentType.JSON).body(Map.of("service", other))
                                .post("/api/tickets/{id}/transfer", id), 200, failures);
                    } else if (served % 2 == 0) {
                        Response both = given().contentType(ContentType.JSON).body(Map.of("ticket", id))
                                .post("/api/centers/{c}/counters/{n}/finish-and-next", center.code, counter);
                        expect(both, 200, failures);
                        String next = both.path("called.id");
                        if (next != null) { // served by the loop's next round: finish it here
                            expect(TestCenter.act(next, "start"), 200, failures);
                            expect(TestCenter.act(next, "finish"), 200, failures);
                        }
                    } else {
                        expect(TestCenter.act(id, "finish"), 200, failures);
                    }
                    busy.decrementAndGet();
                }
            } else { // a supervisor pausing and opening counter 7
                while (kiosksLeft.get() > 0) {
                    expect(given().post("/api/centers/{c}/counters/7/open", center.code), 200, failures);
                    expect(given().post("/api/centers/{c}/counters/7/pause", center.code), 200, failures);
                }
            }
            return null;
        });
        assertThat(failures).isEmpty();
        // transferred tickets went to the front of another service: the clerks served them too
        List<String> statuses = given().get("/api/centers/{c}/tickets", center.code).then().extract().path("status");
        assertThat(statuses).hasSize(120).containsOnly("DONE");
        List<Long> seqs = eventSeqs(center.code);
        assertThat(seqs).isNotEmpty();
        assertThat(seqs).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(seqs.get(0),
                seqs.get(seqs.size() - 1)).boxed().toList());
        // a ticket is called once per service it waited in: never two counters for one wait
        Long calledTwice = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number)
                jakarta.enterprise.inject.spi.CDI.current().select(jakarta.persistence.EntityManager.class).get()
                        .createNativeQuery("SELECT COUNT(*) FROM (SELECT ticket_id, service_code FROM ticket_event "
                                + "WHERE type = 'called' AND center_id = (SELECT id FROM center WHERE code = ?1) "
                                + "GROUP BY ticket_id, service_code HAVING COUNT(*) > 1) x")
                        .setParameter(1, center.code).getSingleResult()).longValue());
        assertThat(calledTwice).isZero();
        // the line lengths kept on the service rows agree with the tickets
        assertThat(center.issue("S").then().statusCode(201).extract().<Integer>path("position")).isZero();
        center.issue("S").then().statusCode(201).body("position", org.hamcrest.Matchers.equalTo(1));
        assertThat(waitingCounts(center.code)).containsOnly(java.util.Map.entry("S", 2), java.util.Map.entry("T", 0),
                java.util.Map.entry("U", 0));
    }

    /** service code -> the waiting count kept on its row, checked against a count of its WAITING tickets. */
    @SuppressWarnings("unchecked")
    private static Map<String, Integer> waitingCounts(String centerCode) {
        List<Object[]> rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                jakarta.enterprise.inject.spi.CDI.current().select(jakarta.persistence.EntityManager.class).get()
                        .createNativeQuery("SELECT s.code, s.waiting_count, (SELECT COUNT(*) FROM ticket t "
                                + "WHERE t.service_id = s.id AND t.status = 'WAITING') FROM service s "
                                + "WHERE s.center_id = (SELECT id FROM center WHERE code = ?1)")
                        .setParameter(1, centerCode).getResultList());
        Map<String, Integer> kept = new java.util.HashMap<>();
        for (Object[] r : rows) {
            assertThat(((Number) r[1]).intValue()).as("waiting_count of " + r[0]).isEqualTo(((Number) r[2]).intValue());
            kept.put((String) r[0], ((Number) r[1]).intValue());
        }
        return kept;
    }

    private static boolean nobodyWaits(String centerCode) {
        return given().get("/api/centers/{c}/tickets?status=WAITING", centerCode).then().statusCode(200)
                .extract().<List<?>>path("id").isEmpty();
    }

    private static boolean expect(Response r, int status, List<String> failures) {
        if (r.statusCode() != status) {
            failures.add(r.statusCode() + " " + r.asString());
            return false;
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> eventSeqs(String centerCode) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((List<Object>) jakarta.enterprise.inject.spi.CDI.current()
                        .select(jakarta.persistence.EntityManager.class).get()
                        .createNativeQuery("SELECT seq FROM center_event WHERE center_id = "
                                + "(SELECT id FROM center WHERE code = ?1) ORDER BY seq")
                        .setParameter(1, centerCode).getResultList())
                        .stream().map(o -> ((Number) o).longValue()).toList());
    }

    interface Work {
        Void run(int thread) throws Exception;
    }

    static void runConcurrently(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Callable<Void> task = () -> {
                start.await();
                return work.run(index);
            };
            futures.add(pool.submit(task));
        }
        start.countDown();
        for (Future<Void> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }
}
