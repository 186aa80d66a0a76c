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
